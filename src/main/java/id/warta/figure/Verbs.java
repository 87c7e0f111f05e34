package id.warta.figure;

import id.warta.morph.RootLexicon;

/**
 * Whether a word is a verb as news headlines write one: a bare verb root ({@code Tangkap 3
 * Pengedar}, {@code Rendam 7 Desa}), a verb root with {@code -i} ({@code Genangi 7 Desa}) or any root
 * with {@code -kan} ({@code Siapkan 500 Tenda}, {@code Targetkan 1.000 SPKLU}). Looked up in the
 * bundled root lexicon ({@link RootLexicon#bundled()}, loaded once, on first use). A capitalized verb
 * before a bare count is no model name.
 *
 * <p>Stateless and thread-safe.
 */
final class Verbs {
  private Verbs() {}

  /** Whether {@code lower}, a lower-case word, is a verb root or a root with -kan, or a verb root with -i. */
  static boolean isVerb(String lower) {
    RootLexicon roots = RootLexicon.bundled();
    if (isVerbRoot(roots, lower)) {
      return true;
    }
    int n = lower.length();
    if (n >= 6 && lower.endsWith("kan") && roots.contains(lower.substring(0, n - 3))) {
      return true;
    }
    return n >= 5 && lower.endsWith("i") && isVerbRoot(roots, lower.substring(0, n - 1));
  }

  private static boolean isVerbRoot(RootLexicon roots, String root) {
    return roots.entry(root).map(e -> e.hasPos("VERB")).orElse(false);
  }
}
