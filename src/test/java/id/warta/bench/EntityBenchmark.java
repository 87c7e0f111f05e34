package id.warta.bench;

import id.warta.entity.Conll;
import id.warta.entity.Countries;
import id.warta.entity.EntityCorpus;
import id.warta.entity.EntityRecognizer;
import id.warta.entity.EntityTrainer;
import id.warta.entity.LabeledSentence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Entity recognition throughput on one thread over every sentence of Warta's corpus (gold tokens),
 * beside an OpenNLP name finder with OpenNLP's default features trained in the same run on the same
 * data as the bundled model (the corpus training split, plus IDNer train and dev when
 * {@code ../shared/eval/ner/idner-news-2k} exists), with the same trainer settings.
 * One op = all sentences; tokens/s = tokens (printed at setup) / (s/op). Also the bundled model's
 * load time.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench=EntityBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EntityBenchmark {
  List<String[]> sentences;
  String text;
  EntityRecognizer warta;

  /** OpenNLP's default features, trained in this run on the bundled model's data (only for its benchmark). */
  @State(Scope.Benchmark)
  public static class Baseline {
    TokenNameFinderModel model;

    @Setup
    public void setup() throws IOException {
      List<LabeledSentence> train = new ArrayList<>();
      for (EntityCorpus.Article a : EntityCorpus.standard().readDirectory(Path.of("src/corpus/entities/raw"))) {
        if (!a.heldOut()) {
          train.addAll(a.sentences());
        }
      }
      Path idner = Path.of("../shared/eval/ner/idner-news-2k");
      if (Files.isDirectory(idner)) {
        train.addAll(Countries.tagUntagged(Conll.read(idner.resolve("train.conll"))));
        train.addAll(Countries.tagUntagged(Conll.read(idner.resolve("dev.conll"))));
      }
      long t0 = System.nanoTime();
      model = EntityTrainer.trainDefaultFeatures(train, EntityTrainer.Params.standard());
      System.out.printf("%ndefault-feature model trained on %d sentences in %.1f s%n", train.size(), (System.nanoTime() - t0) / 1e9);
    }
  }

  @Setup
  public void setup() throws IOException {
    List<LabeledSentence> all = new ArrayList<>();
    for (EntityCorpus.Article a : EntityCorpus.standard().readDirectory(Path.of("src/corpus/entities/raw"))) {
      all.addAll(a.sentences());
    }
    sentences = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    long tokens = 0;
    for (LabeledSentence s : all) {
      sentences.add(s.tokenArray());
      tokens += s.tokens().size();
      sb.append(String.join(" ", s.tokens())).append('\n');
    }
    text = sb.toString();
    long t0 = System.nanoTime();
    warta = EntityRecognizer.standard();
    long t1 = System.nanoTime();
    long size;
    try (InputStream in = EntityRecognizer.class.getResourceAsStream(EntityRecognizer.MODEL_RESOURCE)) {
      size = in.readAllBytes().length;
    }
    System.out.printf("%nbenchmark data: %d sentences, %d tokens; bundled model %d bytes, first load %.0f ms%n",
        sentences.size(), tokens, size, (t1 - t0) / 1e6);
  }

  /** Warta's recognizer (model, greedy decoding, rules) over gold tokens. */
  @Benchmark
  public void wartaPreTokenized(Blackhole bh) {
    for (String[] s : sentences) {
      bh.consume(warta.findMentions(s));
    }
  }

  /** Warta's recognizer over raw text, segmentation included. */
  @Benchmark
  public Object wartaRawText() {
    return warta.find(text);
  }

  /** OpenNLP's NameFinderME with default features (beam 1, as ours), over gold tokens. */
  @Benchmark
  public void opennlpDefaultFeatures(Baseline baseline, Blackhole bh) {
    NameFinderME finder = new NameFinderME(baseline.model);
    for (String[] s : sentences) {
      bh.consume(finder.find(s));
    }
  }

  /** Loading the bundled model from the class path. */
  @Benchmark
  public Object loadBundledModel() {
    return EntityRecognizer.bundledModel();
  }
}
