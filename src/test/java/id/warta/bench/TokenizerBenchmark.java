package id.warta.bench;

import id.warta.tokenize.IndonesianTokenizer;
import id.warta.tokenize.Segmenter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tokenizer and sentence-splitter throughput on 1 MiB+ of news text, beside Lucene's
 * {@link StandardTokenizer} in the same run. One op = the whole text; MB/s = text MB / (ms/op) * 1000.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench=TokenizerBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TokenizerBenchmark {
  String text;
  StandardTokenizer lucene;
  CharTermAttribute term;

  @Setup
  public void setup() {
    text = NewsText.atLeast(1 << 20);
    lucene = new StandardTokenizer();
    term = lucene.addAttribute(CharTermAttribute.class);
    System.out.printf("%nbenchmark text: %d chars, %.3f MB UTF-8%n", text.length(),
        text.getBytes(StandardCharsets.UTF_8).length / 1e6);
  }

  /** Warta tokens streamed as offsets (no Token objects). */
  @Benchmark
  public void wartaTokenizeOffsets(Blackhole bh) {
    int[] count = new int[1];
    IndonesianTokenizer.standard().tokenize(text, (s, e, k) -> count[0] += e - s);
    bh.consume(count[0]);
  }

  /** Warta tokens as Token records plus sentences: what Warta.analyze does first. */
  @Benchmark
  public Object wartaTokenizeAndSplit() {
    return Segmenter.standard().segment(text);
  }

  /** Lucene's StandardTokenizer (UAX#29) over the same text, reading each term. */
  @Benchmark
  public int luceneStandardTokenizer() throws IOException {
    lucene.setReader(new StringReader(text));
    lucene.reset();
    int n = 0;
    while (lucene.incrementToken()) {
      n += term.length();
    }
    lucene.end();
    lucene.close();
    return n;
  }
}
