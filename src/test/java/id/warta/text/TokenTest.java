package id.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTest {
  @Test
  void offsetsMustMatchTheText() {
    assertThrows(IllegalArgumentException.class, () -> Token.of("abc", -1, TokenKind.WORD, "abc"));
    assertThrows(IllegalArgumentException.class, () -> new Token("abc", 0, 2, TokenKind.WORD, "abc", null, List.of()));
    assertThrows(IllegalArgumentException.class, () -> Token.of("", 0, TokenKind.WORD, ""));
    assertThrows(NullPointerException.class, () -> Token.of("a", 0, null, "a"));
  }

  @Test
  void withLemmaKeepsTheSpan() {
    Token t = Token.of("rumahnya", 4, TokenKind.WORD, "rumahnya");
    Token l = t.withLemma("rumah", List.of(new Word("rumah", 4, 9, "rumah"), new Word("nya", 9, 12, "ia")));
    assertEquals(4, l.start());
    assertEquals(12, l.end());
    assertEquals("rumah", l.lemma());
    assertEquals(2, l.words().size());
  }

  @Test
  void sentenceSpanMustMatchItsTokens() {
    String text = "Ya. Tidak.";
    Token ya = Token.of("Ya", 0, TokenKind.WORD, "Ya");
    Token dot = Token.of(".", 2, TokenKind.PUNCTUATION, ".");
    Sentence s = Sentence.of(text, List.of(ya, dot));
    assertEquals("Ya.", s.text());
    assertThrows(IllegalArgumentException.class, () -> new Sentence("Ya", 0, 2, List.of(ya, dot)));
    assertThrows(IllegalArgumentException.class, () -> Sentence.of(text, List.of()));
  }
}
