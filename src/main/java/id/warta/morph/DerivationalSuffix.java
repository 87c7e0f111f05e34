package id.warta.morph;

import static id.warta.morph.Chars.endsWith;

/**
 * The derivational suffixes {@code -kan}, {@code -an}, {@code -i} (and informal {@code -in}, which
 * stands for both {@code -kan} and {@code -i}: {@code betulin}, {@code nanyain}). A word may end in
 * several at once ({@code masakan}: {@code masak + an} or {@code masa + kan}); every reading is
 * offered and the lexicon decides. Stateless.
 */
final class DerivationalSuffix {
  private DerivationalSuffix() {}

  /** The minimum chars left for the stem. */
  private static final int MIN_STEM = 2;

  /** Writes the suffixes {@code w[s, e)} can end in: the end of the stem and the affix. */
  static int options(char[] w, int s, int e, boolean informal, int[] ends, Affix[] affixes) {
    int n = 0;
    if (endsWith(w, s, e, "kan") && e - s - 3 >= MIN_STEM) {
      ends[n] = e - 3;
      affixes[n++] = Affix.KAN;
    }
    if (endsWith(w, s, e, "an") && e - s - 2 >= MIN_STEM) {
      ends[n] = e - 2;
      affixes[n++] = Affix.AN;
    }
    if (endsWith(w, s, e, "i") && e - s - 1 >= MIN_STEM + 1 && w[e - 2] != 'i' || informal && endsWith(w, s, e, "ii")) {
      ends[n] = e - 1;
      affixes[n++] = Affix.I;
    }
    if (informal && endsWith(w, s, e, "in") && e - s - 2 >= MIN_STEM) {
      ends[n] = e - 2;
      affixes[n++] = Affix.IN;
    }
    return n;
  }
}
