package id.warta.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.text.Token;
import id.warta.text.TokenKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The public {@link SentenceSplitter#split} checks that its tokens belong to its text. */
class SentenceSplitterTest {
  private static Token word(String t, int start) {
    return Token.of(t, start, TokenKind.WORD, t);
  }

  static Stream<Arguments> tokensNotOfTheText() {
    return Stream.of(
        Arguments.of("Harga", IndonesianTokenizer.standard().tokenize("Harga naik lagi."), "beyond"),
        Arguments.of("Harga naik", List.of(word("Harga", 0), word("laba", 6)), "does not match"),
        Arguments.of("Harga naik", List.of(word("naik", 6), word("Harga", 0)), "overlaps or precedes"),
        Arguments.of("Harga naik", List.of(word("Harga", 0), word("rga", 2)), "overlaps or precedes"));
  }

  @ParameterizedTest(name = "<{0}> {2}")
  @MethodSource("tokensNotOfTheText")
  void tokensNotMadeFromTheTextAreRejected(String text, List<Token> tokens, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SentenceSplitter.standard().split(text, tokens));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void tokensOfTheTextAreSplit() {
    String text = "Harga naik. Laba turun.";
    assertEquals(2, SentenceSplitter.standard().split(text, IndonesianTokenizer.standard().tokenize(text)).size());
  }
}
