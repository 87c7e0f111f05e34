package id.warta.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins two figures of the same type and unit written as a range ({@code Rp 250 juta-Rp 310 juta},
 * {@code 6%-7%}, {@code antara Rp 5 juta dan Rp 7 juta}, {@code Januari 2020 hingga Maret 2021})
 * into one figure whose value is {@code [min, max]}. Ranges written with one unit ({@code 10-15
 * persen}, {@code 120-180 ribu}) are read by {@link NumberReader}. Stateless and thread-safe.
 */
final class Ranges {
  private Ranges() {}

  /** The readings with ranges joined; {@code in} itself when nothing joins (the common case). */
  static List<Reading> join(Scan s, List<Reading> in) {
    List<Reading> out = null;
    for (int k = 0; k < in.size(); k++) {
      Reading a = in.get(k);
      Reading joined = k + 1 < in.size() ? join(s, a, in.get(k + 1)) : null;
      boolean pair = joined != null;
      if (joined == null && a.type() == FigureType.MONEY && (k + 1 == in.size() || in.get(k + 1).start() > a.end() + 1)) {
        joined = bidAsk(s, a, null); // "Rp9.100/9.105": the second number is no reading of its own
      }
      if (joined != null && out == null) {
        out = new ArrayList<>(in.subList(0, k));
      }
      if (out != null) {
        out.add(joined != null ? joined : a);
      }
      if (pair) {
        k++;
      }
    }
    return out == null ? in : out;
  }

  /** The most the two quotes of a bid/ask pair differ, as a share of the first: 5 percent. */
  private static final java.math.BigDecimal PAIR_SPREAD = new java.math.BigDecimal("0.05");

  /**
   * A buy/sell pair of quotes, "Rp15.620/15.640 per dolar AS", "kurs jual-beli Rp9.100/9.105",
   * "Rp9.100/Rp9.105": one MONEY range from the lower to the higher quote with the first's unit (a
   * rate after it is attached afterwards). The two are glued by a slash, written in digits alike (the
   * same number of digits, no scale word) and differ by at most {@link #PAIR_SPREAD} of the first,
   * so that "Rp 5.000/kg", "Rp 10.000/2 orang" and a date after an amount are untouched. {@code b} is
   * the reading after the slash when the second quote has its own currency sign (then of the same
   * unit), else null and the second quote is the bare number after the slash (which the number reader
   * leaves unread as part of a code). Null when it is no such pair.
   */
  private static Reading bidAsk(Scan s, Reading a, Reading b) {
    int slash = a.end();
    Atom sl = s.atomOrNull(slash);
    if (sl == null || !sl.textIs("/") || sl.spaceBefore || a.value() == null || a.unit() == null
        || a.unit().indexOf('/') >= 0) {
      return null;
    }
    Atom first = s.atom(a.end() - 1);
    if (!first.isNumber()) {
      return null; // "Rp 1,5 miliar/...": the amount must end with its digits
    }
    java.math.BigDecimal second;
    int end;
    Atom last;
    if (b == null) {
      last = s.atomOrNull(slash + 1);
      if (last == null || !last.isNumber() || last.spaceBefore) {
        return null;
      }
      Atom after = s.atomOrNull(slash + 2);
      if (after != null && (!after.spaceBefore && (after.textIs("/") || after.textIs("-") || after.isNumber())
          || s.mayBeIn(slash + 2, KeyIndex.SCALES) || s.mayBeIn(slash + 2, KeyIndex.WORD_SCALES))) {
        return null; // a code or date goes on ("Rp9.100/9.105/..."), or a scale word would serve both ("Rp1,5/1,6 triliun")
      }
      second = NumberReader.parseDigits(last.text());
      end = slash + 2;
    } else {
      if (b.type() != FigureType.MONEY || b.value() == null || !a.unit().equals(b.unit())
          || s.atom(slash + 1).spaceBefore) {
        return null;
      }
      last = s.atom(b.end() - 1);
      second = b.value();
      end = b.end();
    }
    if (second == null || !last.isNumber() || digits(first) != digits(last) || a.qualifier() != Qualifier.EXACT
        || second.compareTo(a.value()) == 0
        || second.subtract(a.value()).abs().compareTo(a.value().multiply(PAIR_SPREAD)) > 0) {
      return null;
    }
    java.math.BigDecimal lo = a.value().min(second);
    java.math.BigDecimal hi = a.value().max(second);
    return new Reading(FigureType.MONEY, a.start(), end, null, new Figure.Range(lo, hi), null, a.unit(), a.qualifier());
  }

  /** The number of digits of atom {@code a}. */
  private static int digits(Atom a) {
    int n = 0;
    for (int k = 0; k < a.length(); k++) {
      char c = a.charAt(k);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }

  /** "-P1Y" and the like: a deictic year ("tahun lalu", "tahun ini", "tahun depan"). */
  private static final java.util.regex.Pattern DEICTIC_YEAR = java.util.regex.Pattern.compile("-?P\\d+Y");

  /**
   * "Februari tahun lalu", "semester pertama tahun ini": a date without a year right before a
   * deictic year is one date, whose year the resolver takes from the reference date and the offset
   * (the hint {@code Y-1}, {@code Y+0}).
   */
  private static Reading withDeicticYear(Reading a, Reading b) {
    if (a.type() != FigureType.DATE || b.type() != FigureType.DATE || b.start() != a.end() || a.iso() == null
        || b.iso() == null || !a.iso().startsWith("XXXX-") || a.unit() != null
        || a.iso().contains("/") && !a.iso().contains("/XXXX-")
        || !DEICTIC_YEAR.matcher(b.iso()).matches()) {
      return null;
    }
    String offset = b.iso().startsWith("-") ? "-" + b.iso().substring(2, b.iso().length() - 1)
        : "+" + b.iso().substring(1, b.iso().length() - 1);
    return new Reading(FigureType.DATE, a.start(), b.end(), null, null, a.iso(), "Y" + offset, a.qualifier());
  }

  private static Reading join(Scan s, Reading a, Reading b) {
    Reading dated = withDeicticYear(a, b);
    if (dated == null && a.type() == FigureType.MONEY && b.start() == a.end() + 1) {
      Reading pair = bidAsk(s, a, b);
      if (pair != null) {
        return pair;
      }
    }
    if (dated != null) {
      return dated;
    }
    if (b.start() - a.end() <= 3 && b.start() > a.end() && plusMinusBetween(s, a.end(), b.start())) {
      return plusMinus(s, a, b);
    }
    if (a.type() != b.type() || a.qualifier() != b.qualifier()) {
      return null;
    }
    boolean antara = s.lowerIs(a.start() - 1, "antara");
    int gap = b.start() - a.end();
    int c = a.end();
    boolean connected = gap == 1 && (s.lowerIn(c, NumberReader.CONNECTORS) || antara && s.lowerIs(c, "dan"))
        || gap == 2 && s.lowerIs(c, "sampai") && s.lowerIs(c + 1, "dengan");
    if (!connected) {
      return null;
    }
    int start = antara ? a.start() - 1 : a.start();
    if (a.type() == FigureType.DATE) {
      if (a.iso() != null && b.iso() != null && a.iso().startsWith("XXXX-") && b.iso().length() >= 4
          && Character.isDigit(b.iso().charAt(0)) && a.iso().length() == b.iso().length()) {
        a = a.withIso(b.iso().substring(0, 4) + a.iso().substring(4)); // 1 Januari-31 Maret 2024
        if (a.iso().compareTo(b.iso()) >= 0 && Character.isDigit(b.iso().charAt(3)) && a.iso().length() == 10
            && Character.isDigit(a.iso().charAt(5))) {
          // across a new year, from a day: "1 Desember hingga 31 Mei 2027" starts in 2026
          a = a.withIso(DateRules.d4(Integer.parseInt(b.iso().substring(0, 4)) - 1) + a.iso().substring(4));
        }
      }
      // both without a year ("21 Maret hingga 11 April") join too: the resolver gives both the year
      boolean bothPartial = a.iso() != null && b.iso() != null && a.iso().startsWith("XXXX-")
          && b.iso().startsWith("XXXX-") && a.iso().length() == b.iso().length();
      if (a.iso() == null || b.iso() == null || a.iso().contains("/") || b.iso().contains("/")
          || a.iso().startsWith("X") && !bothPartial || a.iso().startsWith("P") || b.iso().startsWith("P")
          || !before(a.iso(), b.iso())) {
        return null;
      }
      return Reading.ofIso(FigureType.DATE, start, b.end(), a.iso() + "/" + b.iso(), null, a.qualifier());
    }
    if (a.type() == FigureType.DURATION) {
      return durations(a, b, start);
    }
    if (a.value() == null || b.value() == null
        || !java.util.Objects.equals(a.unit(), b.unit()) && a.unit() != null) {
      return null;
    }
    java.math.BigDecimal lo = a.type() == FigureType.MONEY ? sharedScale(s, a, b) : a.value();
    if (lo.compareTo(b.value()) >= 0) {
      return null;
    }
    return new Reading(a.type(), start, b.end(), null, new Figure.Range(lo, b.value()), null, b.unit(), a.qualifier());
  }

  /** An ISO year before Christ: a minus and four digits ({@code -0799}). */
  private static final java.util.regex.Pattern BC_YEAR = java.util.regex.Pattern.compile("-\\d{4}");

  /**
   * Whether date {@code a} comes before date {@code b}, as ISO strings: in order as written, but a
   * year before Christ ({@code -0799}, "800 SM") before any later one ("800 SM hingga 600 SM",
   * "antara 50 SM dan 50 M"); other dates before Christ (centuries) are not compared.
   */
  private static boolean before(String a, String b) {
    boolean bcA = a.startsWith("-");
    boolean bcB = b.startsWith("-");
    if (!bcA && !bcB) {
      return a.compareTo(b) < 0;
    }
    if (!BC_YEAR.matcher(a).matches() || bcB && !BC_YEAR.matcher(b).matches()) {
      return false;
    }
    return !bcB || Integer.parseInt(a.substring(1)) > Integer.parseInt(b.substring(1));
  }

  /**
   * The low end of a money range whose scale word is written only at its high end, "Rp5-Rp7 miliar",
   * "US$ 2 - US$ 3 juta": the scale serves both ends, as in "120-180 ribu" ({@link NumberReader}),
   * when the first amount ends the reading, has no scale and is below the second without its scale
   * ("Rp500-Rp2 juta" stays 500 to two million). Otherwise {@code a}'s value.
   */
  private static java.math.BigDecimal sharedScale(Scan s, Reading a, Reading b) {
    NumberReader.Num na = Changes.numberOf(s, a);
    NumberReader.Num nb = Changes.numberOf(s, b);
    if (na == null || nb == null || na.isRange() || nb.isRange() || na.end() != a.end() || na.scaled()
        || !nb.scaled() || na.approx() || nb.approx() || na.spelled() != nb.spelled()
        || a.value().multiply(nb.scale()).compareTo(nb.value()) >= 0) {
      return a.value();
    }
    return Reading.normalize(a.value().multiply(nb.scale()));
  }

  /** Whether the atoms {@code [from, to)} say "plus or minus": {@code plus minus}, {@code ±}, {@code +/-}, {@code +-}. */
  private static boolean plusMinusBetween(Scan s, int from, int to) {
    int gap = to - from;
    return gap == 1 ? s.lowerIs(from, "\u00b1")
        : gap == 2 ? s.lowerIs(from, "plus") && s.lowerIs(from + 1, "minus") || s.lowerIs(from, "+") && s.lowerIs(from + 1, "-")
        : s.lowerIs(from, "+") && s.lowerIs(from + 1, "/") && s.lowerIs(from + 2, "-");
  }

  /**
   * "3,5 plus minus 1 persen", "3,5 persen ± 1 persen", "30 ± 2 derajat": a centre and a margin, one
   * figure whose range is the centre less and plus the margin. The centre is a bare number, which
   * takes the type, unit and scale of the margin (as the first value of a change does), or of the
   * margin's type and unit; the margin is a percentage, amount of money or measurement, below the
   * centre. Null when it is none of these.
   */
  private static Reading plusMinus(Scan s, Reading a, Reading b) {
    if (b.type() == FigureType.DURATION) {
      return durationPlusMinus(a, b);
    }
    if (a.value() == null || b.value() == null || b.unit() == null || a.qualifier() != Qualifier.EXACT
        || b.qualifier() != Qualifier.EXACT || b.type() != FigureType.PERCENT && b.type() != FigureType.MONEY
        && b.type() != FigureType.QUANTITY) {
      return null;
    }
    Reading centre = a.type() == FigureType.COUNT && a.unit() == null ? Changes.share(s, a, b)
        : a.type() == b.type() && b.unit().equals(a.unit()) ? a : null;
    if (centre == null || b.value().signum() <= 0 || b.value().compareTo(centre.value()) >= 0) {
      return null;
    }
    java.math.BigDecimal c = centre.value();
    Figure.Range r = new Figure.Range(Reading.normalize(c.subtract(b.value())), Reading.normalize(c.add(b.value())));
    return new Reading(b.type(), a.start(), b.end(), null, r, null, b.unit(), Qualifier.EXACT);
  }

  /**
   * "7.200 ± 40 tahun": a bare count as the centre of a duration of one unit, the margin below it:
   * the range of amounts in that unit ([7160, 7240] years), as {@link #durations} gives.
   */
  private static Reading durationPlusMinus(Reading a, Reading b) {
    if (a.type() != FigureType.COUNT || a.unit() != null || a.value() == null || a.qualifier() != Qualifier.EXACT
        || b.qualifier() != Qualifier.EXACT) {
      return null;
    }
    java.math.BigDecimal margin = amountInUnit(b);
    java.math.BigDecimal c = a.value();
    if (margin == null || margin.signum() <= 0 || margin.compareTo(c) >= 0) {
      return null;
    }
    Figure.Range r = new Figure.Range(Reading.normalize(c.subtract(margin)), Reading.normalize(c.add(margin)));
    return new Reading(FigureType.DURATION, a.start(), b.end(), null, r, null, b.unit(), Qualifier.EXACT);
  }

  /** A duration of one unit: "P3Y", "PT12H", "P1.5M". */
  private static final java.util.regex.Pattern ONE_UNIT = java.util.regex.Pattern.compile("PT?(\\d+(?:\\.\\d+)?)[YMWDHS]");

  /** "3 jam sampai 12 jam": two durations of the same unit of time, as the range of their amounts in that unit. */
  private static Reading durations(Reading a, Reading b, int start) {
    if (a.unit() == null || !a.unit().equals(b.unit())) {
      return null;
    }
    java.math.BigDecimal lo = amountInUnit(a);
    java.math.BigDecimal hi = amountInUnit(b);
    if (lo == null || hi == null || lo.compareTo(hi) >= 0) {
      return null;
    }
    return new Reading(FigureType.DURATION, start, b.end(), null, new Figure.Range(lo, hi), null, a.unit(), a.qualifier());
  }

  /**
   * The amount of a duration of one unit in that unit ("P3Y" is 3 years, "PT12H" 12 hours), or null
   * (also for decades and centuries, whose ISO strings count years, not the unit).
   */
  private static java.math.BigDecimal amountInUnit(Reading d) {
    if (d.iso() == null || d.unit() == null || d.unit().equals("decade") || d.unit().equals("century")) {
      return null;
    }
    java.util.regex.Matcher m = ONE_UNIT.matcher(d.iso());
    return m.matches() ? new java.math.BigDecimal(m.group(1)) : null;
  }
}
