package id.warta.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.eval.FigureEvaluator;
import id.warta.eval.FigureGold;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs every figure corpus under {@code corpus/} (the regression suite; format in docs/figures.md):
 * the non-figure cases must yield nothing, and the figure cases must meet the bars.
 */
class FigureCorpusTest {
  static final List<String> FILES = List.of(
      "money.txt", "percent.txt", "quantity.txt", "count.txt", "date.txt", "duration.txt", "ordinal.txt",
      "mixed.txt", "negatives.txt");

  static FigureGold load(String name) throws IOException {
    try (InputStream in = FigureCorpusTest.class.getResourceAsStream("corpus/" + name)) {
      if (in == null) {
        throw new IOException("missing corpus " + name);
      }
      return FigureGold.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    }
  }

  static FigureGold all() throws IOException {
    List<FigureGold.Case> cases = new ArrayList<>();
    for (String f : FILES) {
      cases.addAll(load(f).cases());
    }
    return new FigureGold(cases);
  }

  static FigureEvaluator.Scores score(FigureGold gold) {
    FigureExtractor fx = FigureExtractor.standard();
    return FigureEvaluator.evaluate(gold, (text, date) -> date == null ? fx.extract(text) : fx.extract(text, date));
  }

  @Test
  void corpusIsLargeEnough() throws IOException {
    FigureGold g = all();
    long figures = g.cases().stream().mapToLong(c -> c.figures().size()).sum();
    long empty = g.cases().stream().filter(c -> c.figures().isEmpty()).count();
    assertTrue(figures >= 400, "figure cases: " + figures);
    assertTrue(empty >= 100, "non-figure cases: " + empty);
  }

  @Test
  void nonFiguresYieldNothing() throws IOException {
    List<String> errors = new ArrayList<>();
    for (FigureGold.Case c : all().cases()) {
      if (c.figures().isEmpty()) {
        var found = FigureExtractor.standard().find(c.text(),
            id.warta.tokenize.Segmenter.standard().segment(c.text()), Optional.ofNullable(c.referenceDate()));
        found.forEach(f -> errors.add(c.source() + ": " + f.type() + " '" + f.text() + "'"));
      }
    }
    assertEquals(List.of(), errors);
  }

  /**
   * Differences from the corpus we know of and keep (the object of a measure written between the
   * measured part and its owner, an open convention question); any other difference fails, so that
   * every regression case guards its fix, not only the bars below.
   */
  static final List<String> KNOWN_DIFFERENCES = List.of(
      "'2.400 cc' expected QUANTITY 2400 cc EXACT obj=null got '2.400 cc' QUANTITY 2400 cc EXACT obj=mobil");

  @Test
  void everyCaseIsReadAsWrittenButTheKnownDifferences() throws IOException {
    List<String> errors = score(all()).errors().stream()
        .map(e -> e.replaceFirst("^[^:]+:\\d+: ", ""))
        .toList();
    assertEquals(KNOWN_DIFFERENCES, errors);
  }

  @Test
  void figureCasesMeetTheBars() throws IOException {
    FigureEvaluator.Scores s = score(all());
    String report = String.format("span P %.4f R %.4f F1 %.4f; type %.4f value %.4f unit %.4f qualifier %.4f object %.4f%n%s",
        s.span().precision(), s.span().recall(), s.span().f1(), s.typeAccuracy(), s.valueAccuracy(), s.unitAccuracy(),
        s.qualifierAccuracy(), s.objectAccuracy(), String.join("\n", s.errors()));
    System.out.println(report);
    assertTrue(s.span().f1() >= 0.97, report);
    assertTrue(s.valueAccuracy() >= 0.97, report);
    assertTrue(s.unitAccuracy() >= 0.97, report);
    assertTrue(s.qualifierAccuracy() >= 0.97, report);
    assertTrue(s.typeAccuracy() >= 0.97, report);
  }
}
