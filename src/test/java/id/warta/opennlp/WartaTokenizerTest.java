package id.warta.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class WartaTokenizerTest {
  private final WartaTokenizer tokenizer = new WartaTokenizer();

  @Test
  void tokenizesWithOffsetsAndKinds() {
    String text = "Laba Rp4,17 triliun.";
    assertArrayEquals(new String[] {"Laba", "Rp", "4,17", "triliun", "."}, tokenizer.tokenize(text));
    Span[] spans = tokenizer.tokenizePos(text);
    assertEquals(new Span(5, 7, "CURRENCY"), spans[1]);
    assertEquals("NUMBER", spans[2].getType());
    assertEquals(".", spans[4].getCoveredText(text).toString());
  }

  @Test
  void emptyTextHasNoTokens() {
    assertEquals(0, tokenizer.tokenizePos("  \n").length);
  }
}
