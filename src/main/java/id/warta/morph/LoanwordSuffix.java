package id.warta.morph;

import java.util.ArrayList;
import java.util.List;

/**
 * Loanword suffixes {@code -isasi}, {@code -isme}, {@code -wan}, {@code -wati}: strips one when
 * what remains is a lexicon root ({@code modernisasi} → {@code modern}, {@code idealisme} →
 * {@code ideal}, {@code olahragawan} → {@code olahraga}). Off by default. Stateless.
 */
final class LoanwordSuffix {
  private LoanwordSuffix() {}

  private static final String[] SUFFIXES = {"isasi", "isme", "wati", "wan"};

  static Analysis strip(Analysis a, RootLexicon lexicon) {
    String root = a.root();
    for (String s : SUFFIXES) {
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
