package id.warta.morph;

/**
 * Jakarta-style spellings of roots: the last syllable's a pronounced and written e
 * ({@code temen} → {@code teman}, {@code denger} → {@code dengar}, {@code nyimpen} →
 * {@code simpan}), and a dropped schwa in a first-syllable cluster ({@code crita} → {@code cerita},
 * {@code sebrang} → {@code seberang}). Informal mode only; it allocates, so it runs only after the
 * allocation-free lookups failed. Stateless.
 */
final class InformalSpelling {
  private InformalSpelling() {}

  /** Standard spellings to try for the informal root {@code lead + w[s, e)}, most likely first. */
  static String[] variants(char lead, char[] w, int s, int e) {
    StringBuilder b = new StringBuilder(e - s + 2);
    if (lead != 0) {
      b.append(lead);
    }
    b.append(w, s, e - s);
    String root = b.toString();
    int n = root.length();
    String[] out = new String[3];
    int k = 0;
    int lastE = root.lastIndexOf('e');
    if (lastE > 0 && lastE >= n - 3 && lastE < n - 1 && !Chars.vowel(root.charAt(n - 1))) {
      out[k++] = root.substring(0, lastE) + 'a' + root.substring(lastE + 1);
    }
    if (n >= 4 && !Chars.vowel(root.charAt(0)) && (root.charAt(1) == 'r' || root.charAt(1) == 'l')) {
      out[k++] = root.charAt(0) + "e" + root.substring(1);
    }
    if (n >= 5 && root.charAt(1) == 'e' && !Chars.vowel(root.charAt(2)) && !Chars.vowel(root.charAt(3))
        && (root.charAt(3) == 'r' || root.charAt(3) == 'l')) {
      out[k++] = root.substring(0, 3) + 'e' + root.substring(3);
    }
    return java.util.Arrays.copyOf(out, k);
  }
}
