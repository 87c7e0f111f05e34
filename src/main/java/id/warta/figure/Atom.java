package id.warta.figure;

import id.warta.text.TokenKind;
import java.util.Locale;

/**
 * The unit rules match on: a token, or a piece of a token that glues a number to a unit or a scale
 * ({@code 150cc} is {@code 150} and {@code cc}; {@code 1970-an} is {@code 1970} and {@code -an}).
 * Offsets index the original text. Per call: the lazily computed
 * lower-case form and key make it unsafe to share between threads, and {@link Scan} reuses atom
 * objects from one window to the next, so no atom may be kept beyond its window.
 */
final class Atom {
  /** The text, or null until first asked for when it is {@link #source}{@code [start, end)}. */
  private String text;
  /** The text the atom is a span of, when its own text is made on demand. */
  private String source;
  private String lower;
  private String key;
  int start;
  int end;
  TokenKind kind;
  /** Whether white space separates this atom from the one before (true for the first atom). */
  boolean spaceBefore;

  Atom(String text, int start, TokenKind kind, boolean spaceBefore) {
    reset(text, start, kind, spaceBefore);
  }

  /** Makes this atom another one ({@link Scan} reuses its atom objects from window to window). */
  void reset(String text, int start, TokenKind kind, boolean spaceBefore) {
    this.text = text;
    this.source = null;
    this.start = start;
    this.end = start + text.length();
    this.kind = kind;
    this.spaceBefore = spaceBefore;
    this.lower = null;
    this.key = null;
  }

  /** Makes this atom the span {@code [start, end)} of {@code source}; its text is copied out only when asked for. */
  void resetSpan(String source, int start, int end, TokenKind kind, boolean spaceBefore) {
    this.text = null;
    this.source = source;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.spaceBefore = spaceBefore;
    this.lower = null;
    this.key = null;
  }

  /** The atom's text (for a span of the text, copied out once, on first use). */
  String text() {
    String t = text;
    if (t == null) {
      t = source.substring(start, end);
      text = t;
    }
    return t;
  }

  /** Sets the lower case and key of an atom of ASCII letters and digits, known from a list. */
  void knownLower(String lowerAndKey) {
    this.lower = lowerAndKey;
    this.key = lowerAndKey;
  }

  /** The text in lower case (computed once, on first use). */
  String lower() {
    String l = lower;
    if (l == null) {
      l = hasUpperCase(text()) ? text().toLowerCase(Locale.ROOT) : text();
      lower = l;
    }
    return l;
  }

  /** The lookup key of {@link PhraseTable} (computed once, on first use). */
  String key() {
    String k = key;
    if (k == null) {
      k = PhraseTable.keyOfLower(lower());
      key = k;
    }
    return k;
  }

  private static boolean hasUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z' || c > 127 && Character.isUpperCase(c)) {
        return true;
      }
    }
    return false;
  }

  boolean isNumber() {
    return kind == TokenKind.NUMBER;
  }

  /** Character {@code k} of the text, read in place when the text is not copied out yet. */
  char charAt(int k) {
    return text != null ? text.charAt(k) : source.charAt(start + k);
  }

  /** Whether the text is {@code t}, compared in place. */
  boolean textIs(String t) {
    int n = t.length();
    if (length() != n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (charAt(k) != t.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** How many times {@code c} occurs in the text, read in place. */
  int count(char c) {
    int n = 0;
    for (int k = 0, len = length(); k < len; k++) {
      if (charAt(k) == c) {
        n++;
      }
    }
    return n;
  }

  /** The length of the text. */
  int length() {
    return end - start;
  }

  /** Digits only, no separators. */
  boolean isPlainDigits() {
    if (kind != TokenKind.NUMBER) {
      return false;
    }
    for (int i = 0, n = length(); i < n; i++) {
      char c = charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether any letter of the text is upper case, read in place. */
  boolean hasUpperCase() {
    for (int k = 0, n = length(); k < n; k++) {
      if (isUpperCase(charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text is letters A-Z only, at least one: "SPT", "KZT". */
  boolean isAsciiCapitals() {
    int n = length();
    for (int k = 0; k < n; k++) {
      char c = charAt(k);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return n > 0;
  }

  /** Starts with an upper-case letter. */
  boolean isCapitalized() {
    return length() > 0 && isUpperCase(charAt(0));
  }

  /** {@link Character#isUpperCase(char)}, with ASCII (A-Z, the common case) decided without its tables. */
  private static boolean isUpperCase(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  boolean isWord() {
    return kind == TokenKind.WORD;
  }

  /** Whether the atom begins with "se" and has three letters more, as a se- unit of time does ("sehari"). */
  boolean startsWithSe() {
    return length() >= 5 && (charAt(0) | 0x20) == 's' && (charAt(1) | 0x20) == 'e';
  }

  boolean isPunctuation() {
    return kind == TokenKind.PUNCTUATION;
  }

  @Override
  public String toString() {
    return text() + "@" + start;
  }
}
