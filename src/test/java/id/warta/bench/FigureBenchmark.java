package id.warta.bench;

import id.warta.figure.Figure;
import id.warta.figure.FigureExtractor;
import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.tokenize.IndonesianTokenizer;
import id.warta.tokenize.Segmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What figure extraction adds to segmentation, on at least 1 MB of realistic news text (the raw
 * news of src/corpus/entities/raw without annotation tags, repeated). Run from the project root:
 * {@code mvn -Pbench test-compile exec:exec -Dbench=FigureBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FigureBenchmark {
  static final int MIN_CHARS = 1 << 20;

  String text;
  List<Sentence> sentences;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    text = newsText();
    sentences = Segmenter.standard().segment(text);
    FigureExtractor.standard().find(text, sentences, Optional.empty());
  }

  /** At least 1 MB of news text. */
  static String newsText() throws IOException {
    Path dir = Path.of("src/corpus/entities/raw");
    StringBuilder one = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          if (!line.startsWith("#")) {
            one.append(line.replaceAll("<START:[a-z]+> ", "").replace(" <END>", "")).append('\n');
          }
        }
        one.append('\n');
      }
    }
    StringBuilder b = new StringBuilder();
    while (b.length() < MIN_CHARS) {
      b.append(one);
    }
    return b.toString();
  }

  @Benchmark
  public List<Token> tokenize() {
    return IndonesianTokenizer.standard().tokenize(text);
  }

  @Benchmark
  public List<Sentence> segment() {
    return Segmenter.standard().segment(text);
  }

  @Benchmark
  public List<Figure> segmentAndFigures() {
    List<Sentence> s = Segmenter.standard().segment(text);
    return FigureExtractor.standard().find(text, s, Optional.empty());
  }

  @Benchmark
  public List<Figure> figuresOnly() {
    return FigureExtractor.standard().find(text, sentences, Optional.empty());
  }

  /** Prints the size of the text and the number of figures (a sanity check, not a benchmark). */
  public static void main(String[] args) throws IOException {
    String t = newsText();
    List<Sentence> s = Segmenter.standard().segment(t);
    List<Figure> fs = new ArrayList<>(FigureExtractor.standard().find(t, s, Optional.empty()));
    System.out.println(t.length() + " chars, " + s.size() + " sentences, " + fs.size() + " figures");
  }
}
