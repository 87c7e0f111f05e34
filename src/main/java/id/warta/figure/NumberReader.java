package id.warta.figure;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the numbers of a sentence: digits with Indonesian or English separators ({@code 34.000},
 * {@code 1.234.567,89}, {@code 4,17}, {@code 10.4}, {@code 160,000}), scale words and abbreviations
 * ({@code 4,17 triliun}, {@code 50 rb}, {@code 2,1 M}), spelled numbers ({@code dua puluh lima},
 * {@code satu setengah juta}), "-an" magnitudes ({@code puluhan ribu}, {@code 3,2 triliunan},
 * {@code 1970-an}) and ranges whose scale is written once ({@code 120-180 ribu}, {@code antara 5
 * dan 7}).
 *
 * <p>Immutable and thread-safe.
 */
final class NumberReader {
  /**
   * A number over atoms {@code [start, end)}.
   *
   * @param value the number, or the low end of a range
   * @param max the high end of a range, or null
   * @param scale the scale word's multiplier (1 when none)
   * @param approx a "-an" magnitude
   * @param spelled written in words
   * @param plain a single atom of bare digits (a possible year or day)
   * @param decade digits with "-an" ({@code 1970-an})
   */
  record Num(int start, int end, BigDecimal value, BigDecimal max, BigDecimal scale,
             boolean approx, boolean spelled, boolean plain, boolean decade) {
    boolean isRange() {
      return max != null;
    }

    /** Whether a scale word multiplies it ("17,4 miliar", "2 juta"). */
    boolean scaled() {
      return scale != BigDecimal.ONE && scale.compareTo(BigDecimal.ONE) != 0; // mostly ONE itself
    }

    /** The value as an int when it is a small whole number, else -1. */
    int smallInt() {
      if (max != null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100000)) > 0) {
        return -1;
      }
      try {
        return value.intValueExact();
      } catch (ArithmeticException e) {
        return -1;
      }
    }
  }

  static final Set<String> CONNECTORS = Set.of("-", "\u2013", "\u2014", "hingga", "sampai", "s.d.", "s/d", "sd");
  private static final BigDecimal THOUSAND_YEARS_MAX = BigDecimal.valueOf(2100);
  private static final BigDecimal YEARS_MIN = BigDecimal.valueOf(1900);

  private final Lexicon lx;
  /** Scale words read after spelled numbers, and their "-an" forms read after digits. */
  private final Map<String, BigDecimal> spelledScales = new HashMap<>();
  private final Map<String, BigDecimal> approxScales = new HashMap<>();

  NumberReader(Lexicon lx) {
    this.lx = lx;
    for (String[] f : Lexicon.fields(Lexicon.class, "scales.txt", 2)) {
      if (f.length > 2 && f[2].equals("case")) {
        continue;
      }
      String w = f[0].toLowerCase(Locale.ROOT);
      BigDecimal m = new BigDecimal(f[1]);
      if (w.chars().allMatch(Character::isLetter)) {
        spelledScales.put(w, m);
        approxScales.put(w + "an", m);
        approxScales.put(w + "-an", m); // "40 rb-an", "2 juta-an"
      }
    }
  }

  /** The scale words read after spelled numbers, and their "-an" forms. */
  java.util.List<String> scaleWords() {
    java.util.List<String> out = new java.util.ArrayList<>(spelledScales.keySet());
    out.addAll(approxScales.keySet());
    return out;
  }

  /** Fills in the number starting at each atom of {@code s}. */
  void read(Scan s) {
    int[] cands = s.candidates();
    for (int c = 0, nc = s.candidateCount(); c < nc; c++) {
      int i = cands[c];
      Atom a = s.atom(i);
      if (a.isNumber() || a.isWord() && s.mayBeIn(i, KeyIndex.NUMBER_WORDS)
          && (lx.numberWords.containsKey(a.lower()) || a.lower().equals("antara"))) {
        s.setNum(i, readAt(s, i));
      }
    }
  }

  private Num readAt(Scan s, int i) {
    if (s.lowerIs(i, "antara")) {
      Num a = readSingle(s, i + 1);
      if (a == null) {
        return null;
      }
      if (s.lowerIs(a.end(), "dan") || s.lowerIn(a.end(), CONNECTORS)) {
        Num r = range(s, a, a.end() + 1);
        if (r != null) {
          return new Num(i, r.end(), r.value(), r.max(), r.scale(), false, r.spelled(), false, false);
        }
      }
      return null;
    }
    if (inCode(s, i)) {
      return null;
    }
    Num a = restated(s, readSingle(s, i));
    if (a == null) {
      return null;
    }
    if (s.lowerIn(a.end(), CONNECTORS) && !isSpacedEmDash(s, a.end())) {
      int j = a.end() + 1;
      if (s.lowerIs(a.end(), "sampai") && s.lowerIs(j, "dengan")) {
        j++;
      }
      Num r = range(s, a, j);
      if (r != null) {
        return r;
      }
    }
    return a;
  }

  /**
   * Whether atom {@code i} is an em dash with spaces on both sides: a break between clauses ("Rumah
   * Nenek 3 — 4,2 juta penonton"), no range; a range takes it glued ("10—15 persen").
   */
  private static boolean isSpacedEmDash(Scan s, int i) {
    Atom a = s.atom(i);
    Atom b = s.atomOrNull(i + 1);
    return a.textIs("\u2014") && a.spaceBefore && b != null && b.spaceBefore;
  }

  /**
   * {@code a} with a restatement in brackets after it ("lima (5) unit", "9 (sembilan) guru"): the
   * same number again, in the other form, is part of it.
   */
  private Num restated(Scan s, Num a) {
    if (a == null || a.isRange() || !s.lowerIs(a.end(), "(")) {
      return a;
    }
    Num b = readSingle(s, a.end() + 1);
    if (b == null || b.spelled() == a.spelled() || b.isRange() || b.value().compareTo(a.value()) != 0
        || !s.lowerIs(b.end(), ")")) {
      return a;
    }
    return new Num(a.start(), b.end() + 1, a.value(), null, a.scale(), a.approx(), a.spelled(), false, false);
  }

  /** Whether the word before atom {@code i} is a verb, as a headline's before its object ("Tangkap Tiga Pengedar"). */
  private static boolean afterHeadlineVerb(Scan s, int i) {
    Atom v = s.atomOrNull(i - 1);
    return v != null && v.isWord() && (v.isCapitalized() && Verbs.isVerb(s.lower(i - 1))
        // or after a preposition, which title case leaves in lower case: "Kelambu di Tiga Kecamatan"
        || !v.hasUpperCase() && HEADLINE_PREPOSITIONS.contains(v.text()));
  }

  /** Prepositions before a number word in a headline in title case ("di Tiga Kecamatan", "untuk Dua Pekan"). */
  private static final java.util.Set<String> HEADLINE_PREPOSITIONS = java.util.Set.of("di", "ke", "dari", "untuk",
      "bagi", "pada", "dengan", "oleh", "kepada");

  private static boolean nextCapitalized(Scan s, int i) {
    Atom n = s.atomOrNull(i + 1);
    return n != null && n.isWord() && n.isCapitalized();
  }

  /**
   * Whether what follows the number word at atom {@code i} measures it: a unit, a classifier, a unit
   * of time or a scale word, or a hyphen and a second number word (a range, "Dua-Tiga").
   */
  private boolean measuresNext(Scan s, int i) {
    long measures = 1L << KeyIndex.UNITS | 1L << KeyIndex.CLASSIFIERS | 1L << KeyIndex.TIME_UNITS | 1L << KeyIndex.SCALES;
    if ((s.mask(i + 1) & measures) != 0) {
      return lx.units.match(s, i + 1) != null || lx.classifiers.match(s, i + 1) != null
          || lx.timeUnits.match(s, i + 1) != null || lx.scales.match(s, i + 1) != null;
    }
    return s.lowerIs(i + 1, "-") && s.mayBeIn(i + 2, KeyIndex.NUMBER_WORDS) && lx.numberWords.containsKey(s.lower(i + 2));
  }

  /** Whether atom {@code i} is an opening quotation mark. */
  private static boolean opensQuote(Scan s, int i) {
    Atom q = s.atomOrNull(i);
    if (q == null || q.length() != 1) {
      return false;
    }
    char c = q.charAt(0);
    return c == '\u201C' || c == '\u2018' || (c == '"' || c == '\'') && (i == 0 || s.atom(i - 1).isPunctuation() || q.spaceBefore);
  }

  /** Whether atom {@code i} continues a code glued by a dash or slash to a number: 0812-3456-7890. */
  private static boolean inCode(Scan s, int i) {
    Atom a = s.atom(i);
    Atom joiner = s.atomOrNull(i - 1);
    Atom before = s.atomOrNull(i - 2);
    return a.isNumber() && !a.spaceBefore && joiner != null && !joiner.spaceBefore && before != null && before.isNumber()
        && (joiner.textIs("-") || joiner.textIs("/") && !beforeStorageUnit(s, i));
  }

  /**
   * Whether a storage unit or the unit of blood pressure follows atom {@code i}: "12/256 GB" are two
   * sizes, "120/80 mmHg" two pressures, not a code.
   */
  private static boolean beforeStorageUnit(Scan s, int i) {
    return s.lowerIs(i + 1, "gb") || s.lowerIs(i + 1, "tb") || s.lowerIs(i + 1, "mmhg");
  }

  /** The range from {@code a} to a number at atom {@code j}, or null. */
  private Num range(Scan s, Num a, int j) {
    Num b = readSingle(s, j);
    boolean zeroLed = false;
    if (b == null && !a.spelled() && s.atomOrNull(j) != null && s.atom(j).isNumber()) {
      // digits led by a zero are no number alone (0812), but may end a range's last digits (1,0842-0857)
      String t = s.atom(j).text();
      zeroLed = t.length() > 1 && t.charAt(0) == '0' && allDigits(t, 0, t.length());
      b = zeroLed ? new Num(j, j + 1, new BigDecimal(t), null, BigDecimal.ONE, false, false, true, false) : null;
    }
    if (b == null || a.approx() || b.approx() || a.spelled() != b.spelled()) {
      return null;
    }
    BigDecimal lo = a.value();
    BigDecimal hi = b.value();
    if (a.spelled() && a.end() - a.start() == 1 && lo.compareTo(BigDecimal.TEN) < 0 && b.end() - b.start() >= 2) {
      // the hundreds written once too: "dua-tiga ratus kilo", "dua sampai tiga ratus orang" are 200 to 300;
      // the tens only in one word ("dua-tiga puluh" is 20 to 30, "dua hingga tiga puluh hari" 2 to 30)
      boolean glued = b.start() == a.end() + 1 && !s.atom(b.start()).spaceBefore;
      int m = s.lowerIs(b.start() + 1, "ratus") ? 100 : glued && s.lowerIs(b.start() + 1, "puluh") ? 10 : 1;
      lo = lo.multiply(BigDecimal.valueOf(m));
    }
    if (a.scale().compareTo(BigDecimal.ONE) == 0 && b.scale().compareTo(BigDecimal.ONE) > 0
        && lo.compareTo(b.value().divide(b.scale())) < 0) {
      lo = lo.multiply(b.scale()); // 120-180 ribu
    }
    BigDecimal tail = abbreviatedEnd(s, a, b);
    if (tail != null) {
      hi = tail; // "154,66-71 yen": market reports write only the last digits of the second end
    } else if (zeroLed) {
      return null;
    }
    if (lo.compareTo(hi) >= 0) {
      return null; // a score (2-1) or a change, not a range
    }
    if (isYear(b) && !isYear(a) && !(a.plain() && lo.compareTo(BigDecimal.valueOf(1000)) >= 0)) {
      return null; // a year after a small number is none of its range; from four digits on it is ("1500-2000 orang", "1892-1976")
    }
    return new Num(a.start(), b.end(), lo, hi, b.scale(), false, a.spelled(), false, false);
  }

  /**
   * The second end of a range written, as market reports write rates, with only the digits that
   * differ from the first's ({@code 154,66-71} is 154.66 to 154.71, {@code 12,936-2941} 12.936 to
   * 12.941), or null when {@code b} reads as written: the first has a decimal comma and two decimals
   * or more, the second two plain digits or more but fewer than the first's (and, when more than its
   * decimals, read whole it would end the range below the first or more than ten times above it),
   * and the digits put in place give a close end above the first.
   */
  private static BigDecimal abbreviatedEnd(Scan s, Num a, Num b) {
    if (a.end() != a.start() + 1 || b.end() != b.start() + 1 || a.scale().compareTo(BigDecimal.ONE) != 0
        || b.scale().compareTo(BigDecimal.ONE) != 0) {
      return null;
    }
    String first = s.atom(a.start()).text();
    String second = s.atom(b.start()).text();
    int comma = first.indexOf(',');
    if (comma < 0) {
      return abbreviatedThousands(a, first, second);
    }
    int decimals = first.length() - comma - 1;
    if (comma < 1 || decimals < 2 || second.length() < 2 || !allDigits(first, 0, comma)
        || !allDigits(first, comma + 1, first.length()) || !allDigits(second, 0, second.length())) {
      return null;
    }
    String digits = first.substring(0, comma) + first.substring(comma + 1);
    if (second.length() >= digits.length()) {
      return null;
    }
    BigDecimal whole = b.value();
    if (second.length() > decimals && whole.compareTo(a.value()) > 0
        && whole.compareTo(a.value().multiply(BigDecimal.TEN)) <= 0) {
      return null; // "1,25-3,5" or "2,25-10": the second end as written
    }
    BigDecimal end = new BigDecimal(digits.substring(0, digits.length() - second.length()) + second).movePointLeft(decimals);
    return end.compareTo(a.value()) > 0 && end.compareTo(a.value().multiply(BigDecimal.valueOf(2))) < 0 ? end : null;
  }

  /**
   * "Rp 16.070-80": a quote in thousands whose second end gives only its last two digits (16,070 to
   * 16,080), when the first is one to three digits and one group of three after a dot, not a round
   * hundred ("15.000-20" is no quote), and the end lies above it.
   */
  private static BigDecimal abbreviatedThousands(Num a, String first, String second) {
    int dot = first.indexOf('.');
    if (dot < 1 || dot > 3 || first.length() != dot + 4 || second.length() != 2 || !allDigits(first, 0, dot)
        || !allDigits(first, dot + 1, first.length()) || !allDigits(second, 0, 2)) {
      return null;
    }
    int v = a.value().intValue();
    if (v % 100 == 0) {
      return null;
    }
    int end = v - v % 100 + Integer.parseInt(second);
    return end > v ? BigDecimal.valueOf(end) : null;
  }

  private static boolean allDigits(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.charAt(k) < '0' || t.charAt(k) > '9') {
        return false;
      }
    }
    return from < to;
  }

  static boolean isYear(Num n) {
    return n.plain() && n.value().compareTo(YEARS_MIN) >= 0 && n.value().compareTo(THOUSAND_YEARS_MAX) <= 0;
  }

  /** A number without a range at atom {@code i}, or null. */
  Num readSingle(Scan s, int i) {
    Atom a = s.atomOrNull(i);
    if (a == null) {
      return null;
    }
    if (a.isNumber()) {
      return readDigits(s, i, a);
    }
    if (!a.isWord()) {
      return null;
    }
    Lexicon.NumberWord w = s.mayBeIn(i, KeyIndex.NUMBER_WORDS) ? lx.numberWords.get(a.lower()) : null;
    if (w == null || lx.isNumberCompound(s, i)) {
      return null; // "pedagang kaki lima": a compound noun, not five
    }
    if (a.isCapitalized() && (!s.opensSentence(i) || opensQuote(s, i - 1) && nextCapitalized(s, i))
        && !(s.titleCase() && (w.role().equals("approx") || measuresNext(s, i) || afterHeadlineVerb(s, i)))) {
      // Kepulauan Seribu, Tiga Serangkai; a title in quotes, "Sepuluh Ribu Langkah" (but a quoted
      // sentence may open with a number: "Tiga orang masih dirawat," ...); in a headline in title
      // case or capitals a number word before a unit, a unit of time or a second number word is
      // one ("Bertahan Dua-Tiga Pekan"; "Kepulauan Seribu Ramai" stays a name), and so is a
      // magnitude in "-an", which names none ("BPOM Temukan Ribuan Kemasan"), and a number after the
      // headline's verb ("BRIN Luncurkan Dua Satelit")
      return null;
    }
    if (w.role().equals("approx")) {
      BigDecimal v = w.value();
      int j = i + 1;
      BigDecimal m = spelledScales.get(s.lower(j));
      if (m != null && m.compareTo(v) > 0) {
        v = v.multiply(m);
        j++;
      }
      return new Num(i, j, v, null, BigDecimal.ONE, true, true, false, false);
    }
    return readSpelled(s, i);
  }

  private Num readDigits(Scan s, int i, Atom a) {
    BigDecimal v = parseDigits(a.text());
    if (v == null) {
      return null;
    }
    int j = i + 1;
    boolean plain = a.isPlainDigits();
    int grouped = plain && a.length() <= 3 ? spaceGroupsEnd(s, i) : j;
    if (grouped > j) {
      // "Rp 5\u00a0000", "1\u2009250 unit": groups of three digits after no-break or thin spaces
      StringBuilder digits = new StringBuilder(a.text());
      for (int k = j; k < grouped; k++) {
        digits.append(s.atom(k).text());
      }
      v = parseDigits(digits.toString());
      j = grouped;
      plain = false;
    }
    Atom next = s.atomOrNull(j);
    if (next != null && !next.spaceBefore && (next.textIs("-an") || next.textIs("an"))) {
      // ("an" is split from the digits by the scan only: "1990an")
      return new Num(i, j + 1, v, null, BigDecimal.ONE, true, false, false, plain);
    }
    BigDecimal scale = BigDecimal.ONE;
    boolean approx = false;
    PhraseTable.Hit<BigDecimal> hit = lx.scales.match(s, j);
    if (hit != null && next.spaceBefore && next.textIs("k")) {
      hit = null; // chat's "k" is a thousand only glued: "50k" (not "kelas 3 k")
    }
    if (hit != null) {
      scale = hit.value();
      j = hit.end();
      if (j - hit.start() == 2 && !s.atom(hit.start()).spaceBefore && s.atom(j - 1).textIs(".")) {
        j--; // a scale glued to its digits takes no full stop: "cuma 17,5jt. selisih" ends a clause
      }
      Atom an = s.atomOrNull(j);
      if (an != null && !an.spaceBefore && (an.textIs("-an") || an.textIs("an"))) {
        approx = true; // "10rb-an": about ten thousand (in chat also "196jtan", split by the scan)
        j++;
      }
    } else if (next != null && s.mayBeIn(j, KeyIndex.WORD_SCALES) && approxScales.containsKey(next.lower())) {
      scale = approxScales.get(next.lower());
      approx = true;
      j++;
    }
    if (scale.compareTo(BigDecimal.ONE) == 0) {
      return new Num(i, j, v, null, scale, false, false, plain, false);
    }
    return new Num(i, j, v.multiply(scale), null, scale, approx, false, false, false);
  }

  /**
   * Where the thousands groups after plain digits at atom {@code i} end when they are set off by a
   * no-break, narrow no-break or thin space (U+00A0, U+202F, U+2009), as typeset numbers are: each
   * group three plain digits, one such space before it. {@code i + 1} when there is none: an
   * ordinary space never groups digits ("pada 2020 100 orang").
   */
  private static int spaceGroupsEnd(Scan s, int i) {
    int j = i + 1;
    String text = s.text();
    while (j < s.size()) {
      Atom prev = s.atom(j - 1);
      Atom g = s.atom(j);
      if (g.start != prev.end + 1 || !isGroupSpace(text.charAt(prev.end)) || g.length() != 3 || !g.isPlainDigits()) {
        break;
      }
      j++;
    }
    return j;
  }

  private static boolean isGroupSpace(char c) {
    return c == '\u00a0' || c == '\u202f' || c == '\u2009';
  }

  private Num readSpelled(Scan s, int i) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    int lastDigit = 0;
    String last = "";
    BigDecimal lastScale = BigDecimal.ONE;
    BigDecimal maxScale = BigDecimal.ONE;
    boolean any = false;
    int j = i;
    while (j < s.size()) {
      long mask = s.mask(j);
      if ((mask & (1L << KeyIndex.NUMBER_WORDS | 1L << KeyIndex.WORD_SCALES)) == 0) {
        break; // neither a number word nor a scale
      }
      String w = s.lower(j);
      Lexicon.NumberWord nw = lx.numberWords.get(w);
      if (nw != null && !nw.role().equals("approx")) {
        String role = nw.role();
        BigDecimal v = nw.value();
        boolean afterUnit = last.equals("digit") || last.equals("teen") || last.equals("belas") || last.equals("fraction");
        switch (role) {
          case "digit" -> {
            if (afterUnit || last.equals("puluh") && current.remainder(BigDecimal.TEN).signum() != 0) {
              return done(i, j, total, current, any);
            }
            current = current.add(v);
            lastDigit = v.intValue();
          }
          case "teen" -> {
            if (afterUnit) {
              return done(i, j, total, current, any);
            }
            current = current.add(v);
          }
          case "se" -> {
            if (afterUnit || last.equals("puluh")) {
              return done(i, j, total, current, any);
            }
            if (v.compareTo(BigDecimal.valueOf(1000)) >= 0) {
              if (current.signum() != 0) {
                return done(i, j, total, current, any);
              }
              total = total.add(v);
              if (v.compareTo(maxScale) > 0) {
                maxScale = v;
              }
            } else {
              current = current.add(v);
            }
          }
          case "belas", "puluh", "ratus" -> {
            if (!last.equals("digit")) {
              return done(i, j, total, current, any);
            }
            int times = role.equals("belas") ? 0 : role.equals("puluh") ? 9 : 99;
            current = current.add(BigDecimal.valueOf((long) lastDigit * times + (role.equals("belas") ? 10 : 0)));
          }
          case "fraction" -> {
            if (last.equals("fraction")) {
              return done(i, j, total, current, any);
            }
            current = current.add(v);
          }
          default -> {
            return done(i, j, total, current, any);
          }
        }
        any = true;
        last = role;
        j++;
        continue;
      }
      BigDecimal scale = spelledScales.get(w);
      if (scale != null && any && (current.signum() != 0 || total.signum() != 0 && scale.compareTo(maxScale) > 0)
          && scale.compareTo(BigDecimal.valueOf(1000)) >= 0) {
        if (scale.compareTo(maxScale) > 0) {
          // a scale above every one before it multiplies all of them: "tiga ribu enam ratus triliun"
          // is 3,600 trillion ("dua juta tiga ratus ribu" adds the thousands to the millions)
          total = total.add(current).multiply(scale);
          maxScale = scale;
        } else {
          total = total.add(current.multiply(scale));
        }
        current = BigDecimal.ZERO;
        last = "scale";
        lastScale = scale;
        j++;
        continue;
      }
      break;
    }
    if (any && total.signum() == 0 && !last.equals("fraction") && !last.equals("scale") && s.lowerIs(j, "koma")) {
      Num decimal = spokenDecimal(s, i, j, current);
      if (decimal != null) {
        return decimal;
      }
    }
    if (any && last.equals("digit") && total.signum() == 0 && j < s.size() && s.atom(j).isWord()) {
      // a fraction: "dua pertiga" is 2/3, "tiga perempat" 3/4 (to four decimals)
      BigDecimal denominator = denominator(s.lower(j));
      if (denominator != null && denominator.compareTo(current) > 0) {
        BigDecimal v = current.divide(denominator, 4, java.math.RoundingMode.HALF_UP);
        return done(i, j + 1, BigDecimal.ZERO, v, true);
      }
    }
    Num n = done(i, j, total, current, any);
    if (n != null && last.equals("scale")) {
      // ends with its scale word ("tiga juta"), which a range may share: "dua hingga tiga juta"
      return new Num(n.start(), n.end(), n.value(), null, lastScale, false, true, false, false);
    }
    return n;
  }

  /**
   * A decimal spoken with "koma", as transcribed speech writes it: the whole part {@code whole}
   * read over atoms {@code [i, koma)}, then its decimals as digit words one by one ("dua koma tujuh
   * delapan" is 2.78, "nol koma nol lima" 0.05) or as one number of two digits ("lima koma dua puluh
   * lima" is 5.25), then an optional scale ("satu koma dua juta" is 1.2 million). Null when no digit
   * word follows "koma".
   */
  private Num spokenDecimal(Scan s, int i, int koma, BigDecimal whole) {
    StringBuilder decimals = new StringBuilder();
    int j = koma + 1;
    while (j < s.size() && decimals.length() < 12) {
      Lexicon.NumberWord d = s.mayBeIn(j, KeyIndex.NUMBER_WORDS) ? lx.numberWords.get(s.lower(j)) : null;
      if (d == null) {
        break;
      }
      int v = d.value().intValue();
      String role = d.role();
      if (role.equals("teen") && decimals.length() == 0) {
        decimals.append(v); // "sebelas", "sepuluh"
        j++;
        break;
      }
      if (!role.equals("digit")) {
        break;
      }
      if (decimals.length() == 0 && v > 0 && (s.lowerIs(j + 1, "puluh") || s.lowerIs(j + 1, "belas"))) {
        // one number of two digits: "dua puluh lima", "tiga belas"
        boolean tens = s.lowerIs(j + 1, "puluh");
        int n = tens ? v * 10 : 10 + v;
        j += 2;
        Lexicon.NumberWord unit = tens && j < s.size() && s.mayBeIn(j, KeyIndex.NUMBER_WORDS)
            ? lx.numberWords.get(s.lower(j)) : null;
        if (unit != null && unit.role().equals("digit") && unit.value().signum() > 0) {
          n += unit.value().intValue();
          j++;
        }
        decimals.append(n);
        break;
      }
      if (s.lowerIs(j + 1, "puluh") || s.lowerIs(j + 1, "belas") || s.lowerIs(j + 1, "ratus")) {
        break; // a number after single digits: no decimal of ours
      }
      decimals.append(v);
      j++;
    }
    if (decimals.length() == 0) {
      return null;
    }
    BigDecimal value = new BigDecimal(whole.toBigInteger() + "." + decimals);
    BigDecimal scale = j < s.size() ? spelledScales.get(s.lower(j)) : null;
    if (scale != null && scale.compareTo(BigDecimal.valueOf(1000)) >= 0) {
      return new Num(i, j + 1, value.multiply(scale).stripTrailingZeros(), null, scale, false, true, false, false);
    }
    return new Num(i, j, value.stripTrailingZeros(), null, BigDecimal.ONE, false, true, false, false);
  }

  /** The denominator a "per-" word names ("pertiga" 3, "perempat" 4, "perseratus" 100), or null. */
  private BigDecimal denominator(String w) {
    if (w.length() < 6 || !w.startsWith("per")) {
      return null;
    }
    Lexicon.NumberWord n = lx.numberWords.get(w.substring(3));
    return n == null || !(n.role().equals("digit") || n.role().equals("teen") || n.role().equals("se"))
        || n.value().compareTo(BigDecimal.ONE) <= 0 ? null : n.value();
  }

  private static Num done(int i, int j, BigDecimal total, BigDecimal current, boolean any) {
    if (!any || j == i) {
      return null;
    }
    return new Num(i, j, total.add(current).stripTrailingZeros(), null, BigDecimal.ONE, false, true, false, false);
  }

  /**
   * The value of a digit string with Indonesian or English separators, or null when it is not a
   * plain number (a version, a phone number with a leading zero, a time with a colon).
   */
  static BigDecimal parseDigits(String t) {
    int dots = 0;
    int commas = 0;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == '.') {
        dots++;
      } else if (c == ',') {
        commas++;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    if (t.isEmpty() || t.charAt(0) < '0' || t.charAt(0) > '9' || !Character.isDigit(t.charAt(t.length() - 1))) {
      return null;
    }
    if (t.length() > 1 && t.charAt(0) == '0' && Character.isDigit(t.charAt(1))) {
      return null; // 0812, 05: identifiers
    }
    if (t.length() > 40) {
      return null;
    }
    if (dots == 0 && commas == 0 && t.length() <= 18) {
      return BigDecimal.valueOf(Long.parseLong(t)); // the same number new BigDecimal(t) makes, without its parsing
    }
    // where the decimal mark is (-1 for none); the value is then all the digits, scaled by those after it
    int decimal;
    if (dots > 0 && commas > 0) {
      char mark = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
      char group = mark == '.' ? ',' : '.';
      int d = t.lastIndexOf(mark);
      if (t.indexOf(mark) != d || !groupsOk(t.substring(0, d), group)) {
        return null;
      }
      decimal = d;
    } else if (dots > 0 || commas > 0) {
      // digits with one kind of separator: thousands groups or a decimal mark
      char sep = dots > 0 ? '.' : ',';
      boolean decimalFirst = dots == 0;
      int first = t.indexOf(sep);
      if (first == t.lastIndexOf(sep)) {
        boolean thousands = t.length() - first - 1 == 3 && first <= 3
            && (!decimalFirst || t.startsWith("000", first + 1));
        decimal = thousands ? -1 : first;
      } else if (groupsOk(t, sep)) {
        decimal = -1;
      } else {
        return null;
      }
    } else {
      decimal = -1;
    }
    int scale = decimal < 0 ? 0 : t.length() - decimal - 1;
    if (t.length() - dots - commas <= 18) {
      long unscaled = 0;
      for (int k = 0; k < t.length(); k++) {
        char c = t.charAt(k);
        if (c >= '0' && c <= '9') {
          unscaled = unscaled * 10 + (c - '0');
        }
      }
      // equal, scale included, to new BigDecimal of the digits with a point before the last scale ones
      return BigDecimal.valueOf(unscaled, scale);
    }
    StringBuilder plain = new StringBuilder(t.length());
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c >= '0' && c <= '9') {
        plain.append(c);
      }
    }
    if (scale > 0) {
      plain.insert(plain.length() - scale, '.');
    }
    return new BigDecimal(plain.toString());
  }

  /** Whether {@code t} is 1-3 digits followed by groups of exactly 3 after each {@code sep}. */
  private static boolean groupsOk(String t, char sep) {
    int first = t.indexOf(sep);
    int head = first < 0 ? t.length() : first;
    if (head == 0 || head > 3) {
      return false;
    }
    int from = first;
    while (from >= 0) {
      int next = t.indexOf(sep, from + 1);
      int group = (next < 0 ? t.length() : next) - from - 1;
      if (group != 3) {
        return false;
      }
      from = next;
    }
    return true;
  }
}
