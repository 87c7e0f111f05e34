package id.warta.figure;

import java.util.Collection;

/**
 * An exact set of words, looked up in place in a run of characters: no substring, no folding and
 * no hashing of a whole word. A bit per hash of (first char, third char, last char, length) rejects
 * most other words after three character reads; the rest are found in an open-addressing table
 * keyed by the same hash and compared char by char. Case-sensitive, as {@link String#equals}: a set
 * built from "tahun", "Tahun" and "TAHUN" does not contain "tAhun".
 *
 * <p>Immutable after construction and thread-safe.
 */
final class TriggerTable {
  private static final int BITS = 1 << 16;
  private final long[] bits = new long[BITS / 64];
  private final int[] hashes;
  private final String[] words;
  private final int mask;

  TriggerTable(Collection<String> words) {
    int size = Integer.highestOneBit(Math.max(1, words.size()) * 4 - 1) << 1;
    this.mask = size - 1;
    this.hashes = new int[size];
    this.words = new String[size];
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      int h = hash(w.charAt(0), w.charAt(Math.min(2, w.length() - 1)), w.charAt(w.length() - 1), w.length());
      int b = h >>> 16;
      bits[b >>> 6] |= 1L << b;
      int p = h & mask;
      while (this.words[p] != null) {
        p = (p + 1) & mask;
      }
      this.words[p] = w;
      this.hashes[p] = h;
    }
  }

  /** Whether {@code s[from, to)}, not empty, is one of the words, exactly. */
  boolean contains(String s, int from, int to) {
    // small, so that the compiler inlines the filter into the caller's loop; the table is rarely read
    int last = to - 1;
    int h = hash(s.charAt(from), s.charAt(Math.min(from + 2, last)), s.charAt(last), to - from);
    int b = h >>> 16;
    return (bits[b >>> 6] >>> b & 1) != 0 && find(s, from, to, h);
  }

  private boolean find(String s, int from, int to, int h) {
    int len = to - from;
    for (int p = h & mask; words[p] != null; p = (p + 1) & mask) {
      String w = words[p];
      if (hashes[p] == h && w.length() == len) {
        int j = 0;
        while (j < len && w.charAt(j) == s.charAt(from + j)) {
          j++;
        }
        if (j == len) {
          return true;
        }
      }
    }
    return false;
  }

  private static int hash(char first, char third, char last, int len) {
    return (((first * 31 + third) * 31 + last) * 31 + len) * 0x9E3779B9;
  }
}
