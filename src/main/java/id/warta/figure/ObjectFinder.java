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
    while (j < limit && j - from < MAX_WORDS && (canContinue(lx, s, j, j == from) || j > from && isNewAfterNoun(lx, s, j, limit))) {
      j++;
      // two nouns joined by a slash are one: "256 kabupaten/kota"
      if (j + 1 < limit && s.lowerIs(j, "/") && !s.atom(j).spaceBefore && !s.atom(j + 1).spaceBefore
          && s.atom(j + 1).isWord() && canContinue(lx, s, j + 1, false)) {
        j += 2;
      }
    }
    if (j < limit && j > from && s.lowerIs(j, ":") && s.atom(from).isCapitalized()) {
      return null; // the label of the next value in a flattened table: "1.200 Ha Produksi: 6.000 ton"
    }
    return j > from ? new int[] {from, j} : null;
  }

  /**
   * The object a bare count shares with the bare count after it, joined by "atau" or "dan", or as
   * the old value of a change: "tiga atau empat anak", "3 atau maksimum 5 variabel", "dari dua
   * menjadi 15 perusahaan" count children, variables and companies both. Null if {@code
   * r} is no such count or {@code next} has no object (its own, ending before {@code nextLimit}).
   */
  static int[] shared(Lexicon lx, Scan s, Reading r, Reading next, int nextLimit) {
    if (next == null || r.type() != FigureType.COUNT || r.unit() != null || next.type() != FigureType.COUNT
        || next.unit() != null || next.start() != r.end() + 1 || !(s.lowerIs(r.end(), "atau") || s.lowerIs(r.end(), "dan")
            || s.lowerIs(r.start() - 1, "dari") && (s.lowerIs(r.end(), "menjadi") || s.lowerIs(r.end(), "jadi")))) {
      return null;
    }
    return find(lx, s, next.end(), nextLimit);
  }

  private static boolean endsWithKan(Atom a) {
    int n = a.length();
    return (a.charAt(n - 3) | 0x20) == 'k' && (a.charAt(n - 2) | 0x20) == 'a' && (a.charAt(n - 1) | 0x20) == 'n';
  }

  private static boolean canContinue(Lexicon lx, Scan s, int j, boolean first) {
    Atom a = s.atom(j);
    if (a.kind == TokenKind.ALPHANUMERIC) {
      // a model code may open an object: "dua unit A400M", "12 unit F-16"
      return (!first || a.charAt(0) >= 'A' && a.charAt(0) <= 'Z' && hasDigit(a)) && !a.text().startsWith("ke-");
    }
    if (a.kind != TokenKind.WORD || !Character.isLetter(a.charAt(0)) || a.textIs("ga")) {
      return false; // "ga" in lower case is chat's "not" ("7 laga ga menang"); GA is Garuda's code
    }
    long mask = s.mask(j);
    // the lower case is made only for a word some list may hold: most object words are in none
    String w = (mask & LOWER_NEEDED) != 0 ? a.lower() : null;
    if (w != null && ((mask & 1L << KeyIndex.STOP_WORDS) != 0 && lx.stopWords.contains(w) && !isAcronym(s, j)
        || (mask & 1L << KeyIndex.NUMBER_WORDS) != 0 && lx.numberWords.containsKey(w) && !lx.isNumberCompound(s, j)
        || (mask & 1L << KeyIndex.MONTHS) != 0 && lx.month(a, false) != null)
        || s.num(j) != null || isSpelledOrdinal(s, j) || s.lowerIs(j, "pertama")) {
      // a compound noun runs on: "350 tempat tinggal", "12 sekolah menengah pertama"
      // and may open the object: "14,2 juta wajib pajak"
      return a.kind == TokenKind.WORD && s.num(j) == null
          && (first ? lx.startsObjectCompound(s, j, a.lower()) : lx.isObjectCompound(s, j, a.lower()));
    }
    if (first && (lx.units.match(s, j) != null || lx.currencies.match(s, j) != null
        || lx.timeUnits.match(s, j) != null
        || lx.deictic.match(s, j) != null)) {
      return false;
    }
    if (a.length() > 3 && (a.charAt(0) | 0x20) == 's' && (a.charAt(1) | 0x20) == 'e' && a.charAt(2) == '-') {
      return false; // "se-kabupaten", "se-Indonesia": across all of, not part of the object
    }
    if (lx.seTimeUnit(a) != null || first && lx.seUnit(a) != null) {
      // "tiga kali sehari", "40 pasien sebulan": how often, not what is counted; "13rb seliter": per litre
      return false;
    }
    if (lx.qualifiersAfter.match(s, j) != null || lx.isGluedPer(s.text(), a.start, a.end)) {
      return false; // "30 persen lebih", "ton pertahun"
    }
    Boolean noun = (mask & 1L << KeyIndex.OBJECT_WORDS) != 0 ? lx.objectWords.get(w) : null;
    if (noun != null) {
      return noun || !first;
    }
    if (!first && a.length() >= 6 && endsWithKan(a) && (!a.isCapitalized() || s.titleCase()) && Verbs.isVerb(a.lower())
        && !Verbs.isRoot(a.lower().substring(0, a.length() - 2))) {
      // a headline's or a caption's verb in -kan without its prefix: "1,3 Juta Kendaraan Tinggalkan
      // Jakarta", "puluhan ribu pelari ramaikan Jakarta Marathon" (a bare root may be a noun's
      // modifier: "40 Jembatan Gantung"; nouns in -kan have no verb root: "pendidikan", "kebijakan";
      // a root in -k with -an is a noun: "kendaraan tarikan")
      return false;
    }
    return !looksLikeVerb(a) || isNounWithNya(lx, a, first);
  }

  /**
   * Whether atom {@code j} is an acronym in capitals, three to five letters, after a word that is not
   * in capitals (so not in a headline in capitals): "14,2 juta SPT" counts tax returns, though chat
   * writes "spt" for "seperti".
   */
  private static boolean isAcronym(Scan s, int j) {
    Atom a = s.atom(j);
    if (a.length() < 3 || a.length() > 5 || !a.isAsciiCapitals()) {
      return false;
    }
    Atom prev = s.atomOrNull(j - 1);
    return prev != null && !(prev.isWord() && prev.length() > 1 && !hasLowerCase(prev));
  }

  private static boolean hasDigit(Atom a) {
    for (int k = 0, n = a.length(); k < n; k++) {
      if (a.charAt(k) >= '0' && a.charAt(k) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLowerCase(Atom a) {
    for (int k = 0, n = a.length(); k < n; k++) {
      if (Character.isLowerCase(a.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word that looks like a derived verb is a listed noun or modifier with the possessive
   * -nya ("dua menterinya", "tiga terdakwanya"): read only for such words ending in "nya".
   */
  private static boolean isNounWithNya(Lexicon lx, Atom a, boolean first) {
    int n = a.length();
    if (n < 7 || (a.charAt(n - 3) | 0x20) != 'n' || (a.charAt(n - 2) | 0x20) != 'y' || (a.charAt(n - 1) | 0x20) != 'a') {
      return false;
    }
    String w = a.lower();
    Boolean noun = lx.objectWords.get(w.substring(0, w.length() - 3));
    return noun != null && (noun || !first);
  }

  /**
   * Whether "baru" at atom {@code j}, after a noun, means "new" (12 kota baru, pekerja baru.) rather
   * than "only just" before a verb (30 orang baru tiba, baru saja tiba): it is new unless "saja" or a
   * word other than a stop word follows.
   */
  private static boolean isNewAfterNoun(Lexicon lx, Scan s, int j, int limit) {
    if (!s.lowerIs(j, "baru") || s.lowerIs(j + 1, "saja")) {
      return false; // "baru saja" is "only just": "dua kapal baru saja tiba"
    }
    Atom next = j + 1 < s.size() ? s.atom(j + 1) : null;
    return next == null || !next.isWord() || s.mayBeIn(j + 1, KeyIndex.STOP_WORDS) && lx.stopWords.contains(next.lower());
  }

  /** The lists whose lookups need the atom's lower case. */
  private static final long LOWER_NEEDED =
      1L << KeyIndex.STOP_WORDS | 1L << KeyIndex.NUMBER_WORDS | 1L << KeyIndex.MONTHS | 1L << KeyIndex.OBJECT_WORDS;

  /** Whether atom {@code j} is a spelled ordinal ("ketiga"): only words of "ke" and five letters or more are looked up. */
  private static boolean isSpelledOrdinal(Scan s, int j) {
    Atom a = s.atom(j);
    char c0 = a.charAt(0);
    char c1 = a.length() > 1 ? a.charAt(1) : 'e';
    if (c0 > 127 || c1 > 127) {
      return OrdinalRules.spelled(a.lower()) > 0;
    }
    return a.length() >= 5 && (c0 | 0x20) == 'k' && (c1 | 0x20) == 'e' && OrdinalRules.spelled(a.lower()) > 0;
  }

  /** {@link #looksLikeVerb(String)} of the atom's lower case, read in place for ASCII words. */
  private static boolean looksLikeVerb(Atom a) {
    int n = a.length();
    for (int k = 0; k < n; k++) {
      if (a.charAt(k) > 127) {
        return looksLikeVerb(a.lower()); // a lower case that may differ in length or letters
      }
    }
    if (n < 6) {
      return false;
    }
    char c0 = (char) (a.charAt(0) | 0x20);
    char c1 = (char) (a.charAt(1) | 0x20);
    char c2 = (char) (a.charAt(2) | 0x20);
    if (c0 == 'm' && c1 == 'e' || c0 == 'd' && c1 == 'i' || c0 == 'b' && c1 == 'e' && c2 == 'r'
        || c0 == 't' && c1 == 'e' && c2 == 'r') {
      return true;
    }
    return c0 == 'p' && c1 == 'e' && c2 == 'r' && looksLikeVerb(a.lower());
  }

  static boolean looksLikeVerb(String w) {
    if (w.length() < 6) {
      return false;
    }
    return w.startsWith("me") || w.startsWith("di") || w.startsWith("ber") || w.startsWith("ter")
        || w.startsWith("mem") || w.startsWith("per") && w.endsWith("kan");
  }
}
