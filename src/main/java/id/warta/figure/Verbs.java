package id.warta.figure;

import id.warta.morph.LexiconEntry;
import id.warta.morph.RootLexicon;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a word is a verb as news headlines write one: a bare verb root ({@code Tangkap 3
 * Pengedar}, {@code Rendam 7 Desa}), a verb root with {@code -i} ({@code Genangi 7 Desa}) or any root
 * with {@code -kan} ({@code Siapkan 500 Tenda}, {@code Targetkan 1.000 SPKLU}). Looked up in the
 * bundled root lexicon ({@link RootLexicon#bundled()}; its verb roots collected once, on first
 * use). A capitalized verb before a bare count is no model name.
 *
 * <p>Stateless and thread-safe.
 */
final class Verbs {
  private Verbs() {}

  /** The verb roots of the bundled lexicon, collected once, on first use. */
  private static final class Roots {
    static final RootLexicon LEXICON = RootLexicon.bundled();
    static final Set<String> VERBS = LEXICON.entries().stream().filter(e -> e.hasPos("VERB"))
        .map(LexiconEntry::root).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether {@code lower}, a lower-case word, is a root of the bundled lexicon. */
  static boolean isRoot(String lower) {
    return Roots.LEXICON.contains(lower);
  }

  /** Whether {@code lower}, a lower-case word, is a verb root or a root with -kan, or a verb root with -i. */
  static boolean isVerb(String lower) {
    if (Roots.VERBS.contains(lower)) {
      return true;
    }
    int n = lower.length();
    if (n >= 6 && lower.endsWith("kan") && Roots.LEXICON.contains(lower.substring(0, n - 3))) {
      return true;
    }
    return n >= 5 && lower.endsWith("i") && Roots.VERBS.contains(lower.substring(0, n - 1));
  }
}
