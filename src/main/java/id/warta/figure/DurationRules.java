package id.warta.figure;

import static id.warta.figure.Pattern.num;
import static id.warta.figure.Pattern.phrase;

import java.math.BigDecimal;
import java.util.List;

/**
 * DURATION rules: a number with a unit of time ({@code tiga tahun} is {@code P3Y}, {@code 2 jam} is
 * {@code PT2H}, {@code satu setengah tahun} is {@code P1.5Y}). A range of durations ({@code 3-5
 * tahun}) is a range with the unit code ({@code yr}). "X tahun lalu" is a date, see {@link DateRules}.
 * Immutable and thread-safe.
 */
final class DurationRules {
  private DurationRules() {}

  /**
   * A race time: hours, minutes and seconds ({@code 2:09:37}, fractions of a second optional) or
   * minutes and seconds with a fraction ({@code 1:58,45}; without one it reads as a time of day).
   */
  private static final java.util.regex.Pattern RACE_TIME = java.util.regex.Pattern.compile(
      "(\\d{1,2}):([0-5]\\d):([0-5]\\d)(?:[.,](\\d{1,3}))?|()(\\d{1,2}):([0-5]\\d)[.,](\\d{1,3})");

  /** The words before a race time that say it is one: "catatan (waktu) 2:09:37", "finis dalam 2:05:11". */
  private static final java.util.Set<String> RECORD_WORDS = java.util.Set.of("catatan", "waktu", "rekor", "dalam",
      "mencatat", "mencatatkan", "menempuh", "torehan", "catatkan");

  private static Reading raceTime(Pattern.Match m) {
    if (!RECORD_WORDS.contains(m.scan.lower(m.start() - 1))) {
      return null;
    }
    java.util.regex.MatchResult x = (java.util.regex.MatchResult) m.get(0);
    boolean hours = x.group(1) != null;
    int h = hours ? Integer.parseInt(x.group(1)) : 0;
    int min = Integer.parseInt(hours ? x.group(2) : x.group(6));
    String sec = hours ? x.group(3) : x.group(7);
    String frac = hours ? x.group(4) : x.group(8);
    String seconds = Integer.parseInt(sec) + (frac == null ? "" : "." + frac);
    String iso = "PT" + (h > 0 ? h + "H" : "") + (min > 0 ? min + "M" : "") + seconds + "S";
    return Reading.ofIso(FigureType.DURATION, m.start(), m.end(), iso, h > 0 ? "h" : "min", Qualifier.EXACT);
  }

  /** A night of a stay, counted as a day. */
  private static final Lexicon.TimeUnit NIGHTS = new Lexicon.TimeUnit("D", "d");

  /** Words of a time of day before a number: "jam 9 malam" is a time, no nights. */
  static final java.util.Set<String> CLOCK_WORDS = java.util.Set.of("jam", "pukul", "pkl", "pkl.");

  static List<Rule> rules(Lexicon lx) {
    return List.of(
        Rule.of("number with unit of time",
            m -> beforeYear(m, (Lexicon.TimeUnit) m.get(1)) || inName(m) || chatMoney(m) || isCompoundNoun(lx, m) ? null
                : duration(m.start(), m.end(), m.num(0), (Lexicon.TimeUnit) m.get(1)),
            num(), phrase(lx.timeUnits)),
        // "dengan catatan waktu 2:09:37", "finis dalam 1:58,45": a race time in clock notation
        Rule.of("race time", DurationRules::raceTime,
            Pattern.regex(RACE_TIME, null, id.warta.text.TokenKind.NUMBER, Pattern.NO_NUMBER,
                a -> a.length() >= 6 && a.charAt(1) == ':' || a.length() >= 7 && a.charAt(2) == ':')),
        Rule.of("compound duration",
            m -> compound(m.start(), m.end(), m, 2),
            num(), phrase(lx.timeUnits), num(), phrase(lx.timeUnits)),
        // "paket 3 hari 2 malam", "selama dua hari satu malam": a stay counted in days, its nights told too
        Rule.of("days and nights",
            m -> "d".equals(((Lexicon.TimeUnit) m.get(1)).code())
                ? duration(m.start(), m.end(), m.num(0), (Lexicon.TimeUnit) m.get(1)) : null,
            num(), phrase(lx.timeUnits), num(), Pattern.word("malam")),
        // "menginap 3 malam", "empat malam di hotel": nights of a stay, counted in days (not a time of
        // day: "jam 9 malam", "pukul 8 malam"); an average with a decimal comma too ("rata-rata lama
        // menginap 2,84 malam"), not a time with a dot ("21.30 malam")
        Rule.of("nights of a stay",
            m -> m.scan.lowerIn(m.start() - 1, CLOCK_WORDS)
                || m.num(0).value().scale() > 0 && m.scan.atom(m.start()).count(',') != 1
                || m.num(0).value().intValue() == 1001 || m.scan.lowerIs(m.start() - 1, "seribu")
                ? null // "seribu satu malam", "1001 Malam": the Thousand and One Nights
                : duration(m.start(), m.end(), m.num(0), NIGHTS),
            num(), Pattern.word("malam")),
        Rule.of("compound duration of three parts",
            m -> compound(m.start(), m.end(), m, 3),
            num(), phrase(lx.timeUnits), num(), phrase(lx.timeUnits), num(), phrase(lx.timeUnits)),
        Rule.of("factor x number with unit of time",
            m -> times(m.num(0), m.num(2), (Lexicon.TimeUnit) m.get(3), m.start(), m.end()),
            num(Pattern.PLAIN4 | Pattern.PLAIN, NumberReader.Num::plain), Pattern.word("x", "\u00d7"), num(), phrase(lx.timeUnits)),
        Rule.of("se- and a unit of time",
            m -> one(lx, m.start(), m.end(), (String) m.get(0), FigureType.DURATION, ""),
            Pattern.word(seUnits(lx))));
  }

  /** "setahun", "sepekan", "sehari": se- and a one-word unit of time, one of it. */
  static java.util.Set<String> seUnits(Lexicon lx) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String u : lx.timeUnits.phrases()) {
      String w = u.toLowerCase(java.util.Locale.ROOT);
      // not the abbreviations ("sethn" is no word), but "sejam" (an hour) is
      if ((w.length() > 3 || w.equals("jam")) && w.chars().allMatch(Character::isLetter)) {
        out.add("se" + w);
      }
    }
    return java.util.Set.copyOf(out);
  }

  /**
   * One unit of time of the se- word {@code seWord}: a duration ({@code type} DURATION), or a date
   * offset from the publication date with {@code sign} "-" (setahun lalu) or "" (sebulan lagi).
   */
  static Reading one(Lexicon lx, int start, int end, String seWord, FigureType type, String sign) {
    Lexicon.TimeUnit tu = lx.timeUnits.lookup(seWord.substring(2));
    if (tu == null) {
      return null;
    }
    if (type == FigureType.DATE) {
      return Reading.ofIso(FigureType.DATE, start, end, iso(BigDecimal.ONE, tu, sign), null, Qualifier.EXACT);
    }
    return Reading.ofIso(FigureType.DURATION, start, end, iso(BigDecimal.ONE, tu, ""), tu.code(), Qualifier.EXACT);
  }

  /**
   * Whether "tahun" after the number starts a date instead: "Yamaha NMAX 155 tahun 2021" is a model
   * and the year 2021, not 155 years (a year never follows a duration in years).
   */
  private static boolean beforeYear(Pattern.Match m, Lexicon.TimeUnit tu) {
    NumberReader.Num next = m.scan.num(m.end());
    return tu.designator().equals("Y") && next != null && NumberReader.isYear(next)
        && m.scan.atom(m.end()).length() == 4;
  }

  /**
   * Whether the number is a dotted one after a name inside a sentence: "Harbolnas 12.12 tahun ini"
   * names a shopping day, it is not 12.12 years.
   */
  /**
   * Whether the unit of time of match {@code m} starts a compound noun of object-compounds.txt: "40 jam
   * tangan mewah" counts watches, no 40 hours.
   */
  private static boolean isCompoundNoun(Lexicon lx, Pattern.Match m) {
    int u = m.end() - 1;
    return lx.startsObjectCompound(m.scan, u, m.scan.lower(u));
  }

  private static boolean inName(Pattern.Match m) {
    Scan s = m.scan;
    int i = m.start();
    Atom a = s.atom(i);
    if (i == 0 || !a.isNumber() || a.count('.') != 1 || a.count(',') != 0 || s.opensSentence(i - 1)) {
      return false;
    }
    Atom prev = s.atom(i - 1);
    return prev.isWord() && prev.isCapitalized();
  }

  /** The designators a compound duration may use, largest first. */
  private static final List<String> COMPOUND_ORDER = List.of("Y", "M", "W", "D", "TH", "TM", "TS");

  /**
   * "2 tahun 6 bulan" (P2Y6M), "3 jam 30 menit" (PT3H30M), "2 jam 5 menit 30 detik": {@code parts}
   * numbers with units of time, each smaller than the one before; the unit code is the first's.
   */
  private static Reading compound(int start, int end, Pattern.Match m, int parts) {
    StringBuilder date = new StringBuilder("P");
    StringBuilder time = new StringBuilder();
    int last = -1;
    for (int k = 0; k < parts; k++) {
      NumberReader.Num n = m.num(2 * k);
      Lexicon.TimeUnit tu = (Lexicon.TimeUnit) m.get(2 * k + 1);
      int order = COMPOUND_ORDER.indexOf(tu.designator());
      if (n.isRange() || n.approx() || order <= last || k > 0 && n.spelled() != m.num(0).spelled()) {
        return null;
      }
      last = order;
      if (tu.designator().startsWith("T")) {
        time.append(plain(n.value())).append(tu.designator().substring(1));
      } else {
        date.append(plain(n.value())).append(tu.designator());
      }
    }
    String iso = date + (time.length() > 0 ? "T" + time : "");
    Lexicon.TimeUnit first = (Lexicon.TimeUnit) m.get(1);
    return Reading.ofIso(FigureType.DURATION, start, end, iso, first.code(), Qualifier.EXACT);
  }

  /** "2x24 jam", "3 x 24 jam": the factor times the duration (PT72H). */
  private static Reading times(NumberReader.Num factor, NumberReader.Num n, Lexicon.TimeUnit tu, int start, int end) {
    if (n.isRange() || n.approx()) {
      return null;
    }
    NumberReader.Num product = new NumberReader.Num(factor.start(), n.end(), factor.value().multiply(n.value()), null,
        BigDecimal.ONE, false, false, false, false);
    return duration(start, end, product, tu);
  }

  /**
   * Whether the number of {@code m} ends in a scale abbreviation of chat, which is money's: "jual di
   * 900jt taun lalu" is no 900 million years ("65 juta tahun" is).
   */
  static boolean chatMoney(Pattern.Match m) {
    Atom last = m.scan.atom(m.ends[0] - 1);
    return last.length() <= 3 && InformalMoney.CHAT_SCALES.contains(last.lower());
  }

  static Reading duration(int start, int end, NumberReader.Num n, Lexicon.TimeUnit tu) {
    if (n.isRange()) {
      return Reading.ofNum(FigureType.DURATION, start, end, n, tu.code());
    }
    String iso = iso(n.value(), tu, "");
    if (iso == null) {
      return null;
    }
    return Reading.ofIso(FigureType.DURATION, start, end, iso, tu.code(), n.approx() ? Qualifier.APPROX : Qualifier.EXACT);
  }

  /** The ISO-8601 duration of {@code v} units of {@code tu}, with a sign prefix ("" or "-"). */
  static String iso(BigDecimal v, Lexicon.TimeUnit tu, String sign) {
    String d = tu.designator();
    BigDecimal years = switch (d) {
      case "DEC" -> v.multiply(BigDecimal.TEN);
      case "WINDU" -> v.multiply(BigDecimal.valueOf(8));
      case "CENT" -> v.multiply(BigDecimal.valueOf(100));
      default -> null;
    };
    if (years != null) {
      return sign + "P" + plain(years) + "Y";
    }
    BigDecimal months = switch (d) {
      case "QTR" -> v.multiply(BigDecimal.valueOf(3));
      case "SEM" -> v.multiply(BigDecimal.valueOf(6));
      default -> null;
    };
    if (months != null) {
      return sign + "P" + plain(months) + "M";
    }
    if (d.equals("MS")) {
      return sign + "PT" + plain(v.movePointLeft(3)) + "S"; // "latensi 9 milidetik": PT0.009S
    }
    if (d.startsWith("T")) {
      return sign + "PT" + plain(v) + d.substring(1);
    }
    return sign + "P" + plain(v) + d;
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
