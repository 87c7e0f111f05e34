package id.warta.figure;

import id.warta.text.TokenKind;

/**
 * Finds the object of a count or measure: the noun phrase right after the number, its classifier
 * or its unit ({@code 34.000 unit menara pemancar berbasis 5G} counts {@code menara pemancar
 * berbasis 5G}; {@code 300 perusahaan} counts {@code perusahaan}). The phrase is at most five words
 * and ends before punctuation, numbers, function and time words (stop-words.txt) and derived verbs
 * (me-, di-, ber-, ter- words of six letters or more that object-words.txt does not list).
 * Stateless and thread-safe.
 */
final class ObjectFinder {
  private ObjectFinder() {}

  private static final int MAX_WORDS = 5;

  /** The atoms {@code [start, end)} of the object after atom {@code from}, or null. */
  static int[] find(Lexicon lx, Scan s, int from, int limit) {
    int j = from;
    while (j < limit && j - from < MAX_WORDS && canContinue(lx, s, j, j == from)) {
      j++;
    }
    return j > from ? new int[] {from, j} : null;
  }

  private static boolean canContinue(Lexicon lx, Scan s, int j, boolean first) {
    Atom a = s.atom(j);
    if (a.kind == TokenKind.ALPHANUMERIC) {
      return !first && !a.text().startsWith("ke-");
    }
    if (a.kind != TokenKind.WORD || !Character.isLetter(a.text().charAt(0))) {
      return false;
    }
    String w = a.lower();
    long mask = s.mask(j);
    if ((mask & 1L << KeyIndex.STOP_WORDS) != 0 && lx.stopWords.contains(w) || s.num(j) != null
        || (mask & 1L << KeyIndex.NUMBER_WORDS) != 0 && lx.numberWords.containsKey(w)
        || (mask & 1L << KeyIndex.MONTHS) != 0 && lx.month(a, false) != null || OrdinalRules.spelled(w) > 0
        || w.equals("pertama")) {
      return false;
    }
    if (first && (lx.units.match(s, j) != null || lx.currencies.match(s, j) != null || lx.timeUnits.match(s, j) != null
        || lx.deictic.match(s, j) != null)) {
      return false;
    }
    if (lx.qualifiersAfter.match(s, j) != null) {
      return false;
    }
    Boolean noun = (mask & 1L << KeyIndex.OBJECT_WORDS) != 0 ? lx.objectWords.get(w) : null;
    if (noun != null) {
      return noun || !first;
    }
    return !looksLikeVerb(w);
  }

  static boolean looksLikeVerb(String w) {
    if (w.length() < 6) {
      return false;
    }
    return w.startsWith("me") || w.startsWith("di") || w.startsWith("ber") || w.startsWith("ter")
        || w.startsWith("mem") || w.startsWith("per") && w.endsWith("kan");
  }
}
