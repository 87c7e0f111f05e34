package id.warta.bench;

import id.warta.morph.Lemmatizer;
import id.warta.text.TokenKind;
import id.warta.tokenize.IndonesianTokenizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.id.IndonesianStemmer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lemmatizer throughput on the words of realistic news text (the bundled example articles and the
 * entity corpus, written by the Warta developers), one thread, beside Lucene's rule-only
 * {@link IndonesianStemmer} in the same run. Scores are per invocation over a word list; words/s
 * = list size / (s/op).
 * <ul>
 *   <li>{@code uncachedDistinct}: every distinct lowercase word once, cache off;
 *   <li>{@code cachedRunning}: the running text's words in order, default bounded cache;
 *   <li>{@code luceneRunning}: the same running words through {@code IndonesianStemmer}
 *       (derivational stemming on).
 * </ul>
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench=LemmatizerBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LemmatizerBenchmark {
  String[] distinct;
  String[] running;
  Lemmatizer uncached;
  Lemmatizer cached;
  IndonesianStemmer lucene;
  char[] buffer;

  @Setup
  public void setup() {
    String text = NewsText.once();
    List<String> words = new ArrayList<>();
    IndonesianTokenizer.standard().tokenize(text, (s, e, kind) -> {
      if (kind == TokenKind.WORD) {
        words.add(text.substring(s, e).toLowerCase(Locale.ROOT));
      }
    });
    running = words.toArray(new String[0]);
    Set<String> d = new LinkedHashSet<>(words);
    distinct = d.toArray(new String[0]);
    uncached = Lemmatizer.builder().cacheSize(0).build();
    cached = Lemmatizer.builder().build();
    lucene = new IndonesianStemmer();
    buffer = new char[256];
    System.out.printf("%nwords: %d running, %d distinct%n", running.length, distinct.length);
  }

  @Benchmark
  public void uncachedDistinct(Blackhole bh) {
    for (String w : distinct) {
      bh.consume(uncached.lemma(w));
    }
  }

  @Benchmark
  public void cachedRunning(Blackhole bh) {
    for (String w : running) {
      bh.consume(cached.lemma(w));
    }
  }

  @Benchmark
  public void luceneRunning(Blackhole bh) {
    for (String w : running) {
      int n = Math.min(w.length(), buffer.length);
      w.getChars(0, n, buffer, 0);
      int len = lucene.stem(buffer, n, true);
      bh.consume(new String(buffer, 0, len));
    }
  }


}
