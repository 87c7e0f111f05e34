package id.warta.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.text.Token;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The golden tokenization table, {@code golden-tokens.tsv}: one behaviour per row, each with its reason. */
class IndonesianTokenizerGoldenTest {
  static Stream<GoldenCases.Case> cases() {
    return GoldenCases.read("golden-tokens.tsv", " | ").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void tokenizesAsExpected(GoldenCases.Case c) {
    List<String> got = IndonesianTokenizer.standard().tokenize(c.text()).stream().map(Token::text).toList();
    assertEquals(c.expected(), got, c.reason() + " <" + c.text() + ">");
  }

  @Test
  void tableIsLargeAndWellFormed() {
    List<GoldenCases.Case> all = GoldenCases.read("golden-tokens.tsv", " | ");
    assertTrue(all.size() >= 150, "at least 150 golden token cases, found " + all.size());
    for (GoldenCases.Case c : all) {
      assertTrue(!c.expected().isEmpty() || c.text().isBlank(), "line " + c.line() + " expects no token");
      StringBuilder nonSpace = new StringBuilder();
      c.text().codePoints().filter(cp -> !IndonesianTokenizer.isSpace(cp)).forEach(nonSpace::appendCodePoint);
      StringBuilder expected = new StringBuilder();
      String.join("", c.expected()).codePoints().filter(cp -> !IndonesianTokenizer.isSpace(cp)).forEach(expected::appendCodePoint);
      assertEquals(nonSpace.toString(), expected.toString(),
          "line " + c.line() + ": expected tokens must spell the text without spaces");
    }
  }
}
