package id.warta.figure;

import static id.warta.figure.Pattern.num;
import static id.warta.figure.Pattern.phrase;

import java.util.List;
import java.util.Set;

/**
 * COUNT rules: a number with a classifier ({@code 34.000 unit}, {@code 12 ekor}) or a bare number
 * ({@code 300 perusahaan}, {@code mencapai 34.000}). The counted object is attached afterwards; a
 * bare spelled number without an object is dropped ("dua di antaranya"). Immutable and thread-safe.
 */
final class CountRules {
  private CountRules() {}

  /** Whether atom {@code i} is an "x" standing apart: a times sign ("PLTU 2 x 1.000 MW"), not chat's "3x". */
  private static boolean isSpacedTimes(Scan s, int i) {
    Atom a = s.atom(i);
    return a.spaceBefore && (a.textIs("x") || a.textIs("X"));
  }

  static List<Rule> rules(Lexicon lx) {
    return List.of(
        Rule.of("number with classifier",
            m -> nounAfterClassifier(m.scan, m.end()) || isSpacedTimes(m.scan, m.starts[1]) ? null
                : Reading.ofNum(FigureType.COUNT, m.start(), m.end(), counted(m.scan, m.num(0)), (String) m.get(1)),
            num(), phrase(lx.classifiers)),
        // "2/3 anggota dewan": a fraction with a slash before the noun it is a part of (a date
        // after a day name, "Senin (2/3)", is read by an earlier rule)
        Rule.of("fraction before a noun", m -> fractionOf(lx, m),
            Pattern.integer(1, 9), Pattern.word("/"), Pattern.integer(2, 10)),
        Rule.of("bare number",
            m -> Reading.ofNum(FigureType.COUNT, m.start(), m.end(), counted(m.scan, m.num(0)), null),
            num()));
  }

  /**
   * Nouns made of a classifier and the word after it, which count as bare numbers with the noun as
   * their object: "puluhan orang tua siswa" (parents), "dua buah hati", "tiga kepala desa".
   */
  private static final java.util.Map<String, Set<String>> CLASSIFIER_NOUNS = java.util.Map.of(
      "orang", Set.of("tua"), "buah", Set.of("hati", "pikiran", "tangan", "bibir"),
      "kepala", Set.of("desa", "sekolah", "daerah", "dinas", "suku", "negara", "staf", "cabang", "bidang"));

  /** Whether the classifier that ends at atom {@code end} and the word there make a noun of {@link #CLASSIFIER_NOUNS}. */
  private static boolean nounAfterClassifier(Scan s, int end) {
    Set<String> next = end > 0 && end < s.size() ? CLASSIFIER_NOUNS.get(s.lower(end - 1)) : null;
    return next != null && next.contains(s.lower(end));
  }

  /** A fraction before a word that may start what it is a part of (no function word: "2/3 untuk"). */
  private static Reading fractionOf(Lexicon lx, Pattern.Match m) {
    Atom next = m.scan.atomOrNull(m.end());
    NumberReader.Num n = next == null || !next.isWord() || lx.stopWords.contains(next.lower()) ? null : QuantityRules.fraction(m, (Integer) m.get(0), (Integer) m.get(2));
    if (n == null) {
      return null;
    }
    // "1/2 tablet": the classifier after it is its unit
    PhraseTable.Hit<String> cls = lx.classifiers.match(m.scan, m.end());
    return cls == null ? Reading.ofNum(FigureType.COUNT, m.start(), m.end(), n, null)
        : Reading.ofNum(FigureType.COUNT, m.start(), cls.end(), n, cls.value());
  }

  /**
   * Whether the atom, of five to seven characters with a comma fourth from the end, is a thousands
   * group written the English way: the regex {@code [1-9]\d{0,2},\d{3}} over its text, read in place.
   */
  private static boolean isEnglishThousands(Atom a) {
    int n = a.length();
    if (a.charAt(0) < '1' || a.charAt(0) > '9') {
      return false;
    }
    for (int k = 1; k < n; k++) {
      char c = a.charAt(k);
      if (k != n - 4 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The number as a count: "1,200 karyawan" written the English way is 1200, not 1.2 (a count with
   * three decimals does not occur); with a scale word ("1,250 juta") the comma stays a decimal mark.
   */
  static NumberReader.Num counted(Scan s, NumberReader.Num n) {
    if (n.spelled() || n.isRange() || n.end() - n.start() != 1 || n.scaled()) {
      return n;
    }
    Atom a = s.atom(n.start());
    if (!a.isNumber() || a.length() < 5 || a.length() > 7 || a.charAt(a.length() - 4) != ','
        || !isEnglishThousands(a)) {
      return n;
    }
    java.math.BigDecimal v = new java.math.BigDecimal(a.text().replace(",", ""));
    return new NumberReader.Num(n.start(), n.end(), v, null, n.scale(), n.approx(), false, false, false);
  }
}
