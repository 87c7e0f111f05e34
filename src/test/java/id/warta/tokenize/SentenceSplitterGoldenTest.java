package id.warta.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.text.Sentence;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The golden sentence table, {@code golden-sentences.tsv}. */
class SentenceSplitterGoldenTest {
  static Stream<GoldenCases.Case> cases() {
    return GoldenCases.read("golden-sentences.tsv", " || ").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void splitsAsExpected(GoldenCases.Case c) {
    List<String> got = Segmenter.standard().segment(c.text()).stream().map(Sentence::text).toList();
    assertEquals(c.expected(), got, c.reason() + " <" + c.text() + ">");
  }

  @Test
  void tableIsLarge() {
    assertTrue(GoldenCases.read("golden-sentences.tsv", " || ").size() >= 40);
  }
}
