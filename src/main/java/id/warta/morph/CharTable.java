package id.warta.morph;

import java.util.Arrays;
import java.util.Map;

/**
 * An open-addressing hash table from strings to ints that is probed with a slice of a
 * {@code char[]}, optionally preceded by one extra leading character, so that candidate roots are
 * looked up without allocating strings ({@code menulis}: lead {@code t} + slice {@code ulis}).
 *
 * <p>Immutable once built; thread-safe.
 */
final class CharTable {
  private final char[][] keys;
  private final int[] values;
  private final int mask;

  CharTable(Map<String, Integer> entries) {
    int cap = Integer.highestOneBit(Math.max(4, entries.size() * 2 + 1)) << 1;
    keys = new char[cap][];
    values = new int[cap];
    mask = cap - 1;
    for (Map.Entry<String, Integer> e : entries.entrySet()) {
      char[] k = e.getKey().toCharArray();
      int i = mix(hash((char) 0, k, 0, k.length)) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      values[i] = e.getValue();
    }
  }

  /** The value of {@code lead + s[off, off+len)} ({@code lead == 0}: no lead), or -1. */
  int get(char lead, char[] s, int off, int len) {
    int total = lead == 0 ? len : len + 1;
    int i = mix(hash(lead, s, off, len)) & mask;
    char[] k;
    while ((k = keys[i]) != null) {
      if (k.length == total && equal(k, lead, s, off, len)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  int get(String s) {
    char[] c = s.toCharArray();
    return get((char) 0, c, 0, c.length);
  }

  private static boolean equal(char[] k, char lead, char[] s, int off, int len) {
    int j = 0;
    if (lead != 0) {
      if (k[0] != lead) {
        return false;
      }
      j = 1;
    }
    return Arrays.equals(k, j, k.length, s, off, off + len);
  }

  private static int hash(char lead, char[] s, int off, int len) {
    int h = lead == 0 ? 0 : lead;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + s[i];
    }
    return h;
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
