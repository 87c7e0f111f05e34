package id.warta.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.text.Sentence;
import id.warta.text.Token;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that hold for every input: no exception, tokens in order and never overlapping or
 * empty, every non-space character inside exactly one token, token text equal to the substring,
 * sentences covering all tokens.
 */
class IndonesianTokenizerPropertyTest {
  private static final String PIECES = "Rp 34.000 4,17 % - -- . , ! ? … \" “ ” ' ’ ( ) [ ] / : ; @ # $ & + = _ ~ ` ke-3 5G COVID-19 "
      + "Jl. dll. S.H. https://a.id/x a@b.co #tagar @user 😀 👨‍👩‍👧 🇮🇩 ❤️ m² ½ \u00A0 \u200B \u200D \uFE0F \r\n \n\n \t "
      + "perusahaan-perusahaan mobil Toyota ABC x é e\u0301 北京 مرحبا ";

  static Stream<String> adversarial() {
    StringBuilder longWord = new StringBuilder();
    for (int i = 0; i < 1_000_000; i++) {
      longWord.append((char) ('a' + i % 26));
    }
    String tenMb = "a.b-c,1".repeat(10 * 1024 * 1024 / 7);
    return Stream.of(
        "", " ", "\n\n\n", ".", "...", "?!?!?!", "-".repeat(1000), ".".repeat(100_000),
        "\uD800", "a\uDC00b", "\uD83D", "x\uD83D\uDE00\uD83D", "\u0000\u0001\u0007",
        "\r\n\r\n", "\u00A0\u00A0a\u00A0", "\u200B\u200C\u200Dabc\u2060", "\uFEFFteks",
        "\u0301\u0301", "a\u0301\u0302\u0303", "\uFE0F", "\u20E3", "1\uFE0F\u20E3",
        "\uD83C\uDDEE", "\uD83C\uDDEE\uD83C\uDDE9\uD83C\uDDEE", "@", "#", "@@@@", "####", "a@", "@a", "a@b", "a@b.", "a@b.c",
        "http://", "https://)", "www.", "(((((https://x.id/a(b)c)))))", "Rp", "Rp.", "US$", "$", "Rp.Rp.Rp.",
        "a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a", "A.B.C.D.E.F.G.H.", "1.1.1.1.1.1", "1-1-1-1-1", "a-a-a-a-A-A-1-1",
        "S.H.,M.H.,", "'''''''", "``````", "x'y'z'", "AT&T&T&T", "a/b/c/d/1/2", "km/jam/km/jam",
        longWord.toString(), tenMb, "1234567890".repeat(100_000) + ".",
        "a.".repeat(200_000) + "com", "x".repeat(50_000) + "@" + "y".repeat(50_000));
  }

  @ParameterizedTest
  @MethodSource("adversarial")
  void adversarialInputKeepsTheInvariants(String text) {
    check(text);
  }

  @Test
  void randomInputKeepsTheInvariants() {
    Random r = new Random(20261127L);
    String[] pieces = PIECES.split(" ", -1);
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) {
        switch (r.nextInt(4)) {
          case 0 -> b.append(pieces[r.nextInt(pieces.length)]);
          case 1 -> b.append(pieces[r.nextInt(pieces.length)]).append(' ');
          case 2 -> b.append((char) r.nextInt(0x3000));
          default -> b.appendCodePoint(r.nextInt(0x10FFFF));
        }
      }
      check(b.toString());
    }
  }

  static void check(String text) {
    List<Token> tokens = IndonesianTokenizer.standard().tokenize(text);
    boolean[] covered = new boolean[text.length()];
    int previousEnd = 0;
    for (Token t : tokens) {
      assertTrue(t.start() >= previousEnd, "tokens overlap or go backwards at " + t.start());
      assertTrue(t.end() > t.start(), "empty token at " + t.start());
      assertEquals(text.substring(t.start(), t.end()), t.text());
      for (int i = previousEnd; i < t.start(); ) {
        int cp = text.codePointAt(i);
        assertTrue(IndonesianTokenizer.isSpace(cp), "non-space U+" + Integer.toHexString(cp) + " at " + i + " lost");
        i += Character.charCount(cp);
      }
      for (int i = t.start(); i < t.end(); i++) {
        covered[i] = true;
      }
      previousEnd = t.end();
    }
    for (int i = previousEnd; i < text.length(); ) {
      int cp = text.codePointAt(i);
      assertTrue(IndonesianTokenizer.isSpace(cp), "non-space U+" + Integer.toHexString(cp) + " at " + i + " lost");
      i += Character.charCount(cp);
    }
    List<Sentence> sentences = SentenceSplitter.standard().split(text, tokens);
    int count = 0;
    int sentenceEnd = 0;
    for (Sentence s : sentences) {
      assertFalse(s.tokens().isEmpty());
      assertTrue(s.start() >= sentenceEnd);
      assertEquals(text.substring(s.start(), s.end()), s.text());
      count += s.tokens().size();
      sentenceEnd = s.end();
    }
    assertEquals(tokens.size(), count, "every token is in exactly one sentence");
  }
}
