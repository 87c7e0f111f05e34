package id.warta.morph;

import java.util.ArrayList;
import java.util.List;

/**
 * Loanword suffixes {@code -isasi}, {@code -isme}, {@code -wan}, {@code -wati}: strips one when
 * what remains is a lexicon root ({@code modernisasi} → {@code modern}, {@code idealisme} →
 * {@code ideal}, {@code olahragawan} → {@code olahraga}). By default only {@code -wan} and
 * {@code -wati} on words the lexicon does not list. Stateless.
 */
final class LoanwordSuffix {
  private LoanwordSuffix() {}

  private static final String[] SUFFIXES = {"isasi", "isme", "wati", "wan"};

  private static final String[] AGENTIVE = {"wati", "wan"};

  /** Strips any loanword suffix whose base is a lexicon root. */
  static Analysis strip(Analysis a, RootLexicon lexicon) {
    return strip(a, lexicon, SUFFIXES);
  }

  /**
   * Strips agentive {@code -wan}/{@code -wati} from a word the lexicon does not know whole
   * ({@code kimiawan} → {@code kimia}); listed words stay ({@code wartawan}, {@code ilmuwan}).
   */
  static Analysis stripAgentiveFromUnknown(Analysis a, RootLexicon lexicon) {
    if (lexicon.contains(a.root())) {
      return a;
    }
    return strip(a, lexicon, AGENTIVE);
  }

  private static Analysis strip(Analysis a, RootLexicon lexicon, String[] suffixesToTry) {
    String root = a.root();
    for (String s : suffixesToTry) {
      if (root.endsWith(s) && root.length() - s.length() >= 3) {
        String base = root.substring(0, root.length() - s.length());
        if (lexicon.contains(base)) {
          List<String> suffixes = new ArrayList<>(a.suffixes().size() + 1);
          suffixes.add(s);
          suffixes.addAll(a.suffixes());
          return new Analysis(a.word(), base, a.prefixes(), suffixes, a.clitics(), a.reduplicated(), true);
        }
      }
    }
    return a;
  }
}
