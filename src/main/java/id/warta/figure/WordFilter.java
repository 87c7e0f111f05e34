package id.warta.figure;

import java.util.Collection;

/**
 * A cheap, exact-superset test on a run of characters before any string lookup: a bit per
 * case-folded hash of the words it was built from (a one-hash Bloom filter). A word it rejects is
 * certainly not one of them (ignoring case); a word it accepts still needs the exact lookup. Reads
 * the characters in place, so no substring, lower-casing or string hashing is done for the common
 * words of a sentence.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class WordFilter {
  private static final int BITS = 1 << 16;
  private final long[] bits = new long[BITS / 64];
  private final int maxLength;

  WordFilter(Collection<String> words) {
    int max = 0;
    for (String w : words) {
      max = Math.max(max, w.length());
      int h = hash(w, 0, w.length());
      bits[h >>> 6] |= 1L << h;
    }
    this.maxLength = max;
  }

  /** Whether {@code s[from, to)} may be one of the words, in any case. */
  boolean mayContain(CharSequence s, int from, int to) {
    int h = hash(s, from, to);
    return (bits[h >>> 6] & 1L << h) != 0;
  }

  /** Whether {@code s[from, to)} may be one of the words, in any case. */
  boolean mayContain(char[] s, int from, int to) {
    if (to - from > maxLength) {
      return false;
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = h * 31 + fold(s[i]);
    }
    h = mix(h + to - from);
    return (bits[h >>> 6] & 1L << h) != 0;
  }

  private static char fold(char c) {
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    return c > 127 ? Character.toLowerCase(c) : c;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x45d9f3b;
    h ^= h >>> 16;
    return h & (BITS - 1);
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = h * 31 + fold(s.charAt(i));
    }
    return mix(h + to - from);
  }

  /** Whether {@code s} is ASCII only: then folding each character equals {@code toLowerCase(Locale.ROOT)}. */
  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is ASCII letters and digits only: then its {@link PhraseTable} key is its lower case. */
  static boolean isAsciiLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char l = (char) (c | 0x20);
      if (!(l >= 'a' && l <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }
}
