package id.warta.figure;

import java.util.List;

/**
 * A list of values written with the unit once, after its last value: in {@code 15 dan 12 persen}
 * the 15 is a percentage too, in {@code sekitar 6,3 dan 6,5 persen} the 6,3, in {@code 3, 5 atau 7
 * unit} the 3 and the 5 count units, in {@code 1,2 dan 1,5 triliun rupiah} the 1,2 is 1.2e12 rupiah.
 * A bare count right before a joiner ({@code dan}, {@code atau}; in a list of three or more a
 * comma, or a comma and {@code dan}/{@code atau}) takes the type, unit and scale of the value after
 * it (which may have taken them from the next). Stateless and thread-safe.
 */
final class Lists {
  private Lists() {}

  /** Gives each bare value of a list of {@code in} the unit of the value after it, in place; returns it. */
  static List<Reading> attach(Lexicon lx, Scan s, List<Reading> in) {
    boolean nextShared = false; // whether the reading after the current pair took its unit from a list
    Lexicon.TimeUnit listUnit = null; // the unit of time of a list of durations
    for (int k = in.size() - 2; k >= 0; k--) {
      Reading a = in.get(k);
      Reading b = in.get(k + 1);
      boolean shared = false;
      if (a.type() == FigureType.COUNT && a.unit() == null && a.value() != null && b.type() == FigureType.DURATION
          && b.iso() != null && joined(s, a, b, nextShared)) {
        // "bertenor 2 dan 4 tahun", "dua, empat, dan enam tahun": every value is a duration
        Lexicon.TimeUnit tu = nextShared ? listUnit : unitOf(lx, s, b);
        Reading r = tu == null ? null : duration(s, a, tu);
        if (r != null) {
          in.set(k, r);
          shared = true;
          listUnit = tu;
        }
      } else if (a.type() == FigureType.COUNT && a.unit() == null && a.value() != null && b.value() != null
          && b.unit() != null && joined(s, a, b, nextShared)
          && (b.type() == FigureType.PERCENT || b.type() == FigureType.MONEY || b.type() == FigureType.QUANTITY
              || b.type() == FigureType.COUNT)) {
        NumberReader.Num first = s.num(a.start());
        NumberReader.Num second = Changes.numberOf(s, b);
        // "100 juta, dan 60 persen": a value with a scale of its own is whole
        if (first == null || !first.scaled() || second != null && second.scale().compareTo(first.scale()) == 0) {
          Reading r = Changes.share(s, a, b);
          if (r != null) {
            in.set(k, r);
            shared = true;
          }
        }
      }
      nextShared = shared;
    }
    ranks(lx, s, in);
    days(s, in);
    return in;
  }

  /** A day of a date with its month: "2026-12-06", "XXXX-12-26" (group 1 the month and before, group 2 the day). */
  private static final java.util.regex.Pattern DAY_DATE = java.util.regex.Pattern.compile("(-?[0-9X]{4}-[0-9]{2}-)([0-9]{2})");

  /**
   * A list of days written with the month once, after its last day: in {@code 5 dan 6 Desember 2026}
   * the 5 is 2026-12-05 too, as are the 24 and 25 of {@code 24, 25, dan 26 Desember}. A bare number
   * from 1 to 31, below the next day, joined to a date whose text starts with its day; in place,
   * from the last.
   */
  private static void days(Scan s, List<Reading> in) {
    boolean nextShared = false;
    for (int k = in.size() - 2; k >= 0; k--) {
      Reading a = in.get(k);
      Reading b = in.get(k + 1);
      boolean shared = false;
      if (a.type() == FigureType.COUNT && a.unit() == null && a.value() != null && a.end() == a.start() + 1
          && s.atom(a.start()).isPlainDigits() && b.type() == FigureType.DATE && b.iso() != null
          && s.atom(b.start()).isPlainDigits() && joined(s, a, b, nextShared)) {
        java.util.regex.Matcher m = DAY_DATE.matcher(b.iso());
        int day = a.value().intValue();
        if (m.matches() && day >= 1 && day < Integer.parseInt(m.group(2)) && a.value().scale() <= 0) {
          String iso = m.group(1) + (day < 10 ? "0" : "") + day;
          in.set(k, Reading.ofIso(FigureType.DATE, a.start(), a.end(), iso, null, Qualifier.EXACT));
          shared = true;
        }
      }
      nextShared = shared;
    }
  }

  /**
   * A list of ranks written with "ke-" once, before its first value: in {@code menit ke-67 dan 81} the
   * 81 is a rank too, as are the 4 and 5 of {@code ke-3, 4, dan 5}. A bare number of digits after a
   * joiner, with nothing counted after it (punctuation, the end or a function word), in place.
   */
  private static void ranks(Lexicon lx, Scan s, List<Reading> in) {
    boolean chained = false; // whether the current reading became a rank of the list before it
    for (int k = 0; k + 1 < in.size(); k++) {
      Reading a = in.get(k);
      Reading b = in.get(k + 1);
      boolean rank = chained;
      chained = false;
      if (a.type() != FigureType.ORDINAL || b.type() != FigureType.COUNT || b.unit() != null || b.value() == null
          || b.end() != b.start() + 1 || !s.atom(b.start()).isPlainDigits() || !joined(s, a, b, true)) {
        continue;
      }
      Atom first = s.atom(a.start());
      if (!rank && (first.length() < 4 || !first.text().regionMatches(true, 0, "ke-", 0, 3)
          || !Character.isDigit(first.charAt(3)))) {
        continue;
      }
      Atom next = s.atomOrNull(b.end());
      if (next != null && !next.isPunctuation() && !(next.isWord() && lx.stopWords.contains(next.lower()))) {
        continue; // "hari ke-3 dan 5 korban": five victims
      }
      in.set(k + 1, new Reading(FigureType.ORDINAL, b.start(), b.end(), b.value(), null, null, null, Qualifier.EXACT));
      chained = true;
    }
  }

  /** The unit of time of {@code b}, a duration of one number and one unit ("4 tahun", not "2 tahun 6 bulan"), or null. */
  static Lexicon.TimeUnit unitOf(Lexicon lx, Scan s, Reading b) {
    NumberReader.Num n = s.num(b.start());
    PhraseTable.Hit<Lexicon.TimeUnit> tu = n == null ? null : lx.timeUnits.match(s, n.end());
    return tu == null || tu.end() != b.end() ? null : tu.value();
  }

  /** {@code a}, a bare single value, as a duration in {@code tu}; null if it is no single number. */
  static Reading duration(Scan s, Reading a, Lexicon.TimeUnit tu) {
    NumberReader.Num first = s.num(a.start());
    if (first == null || first.end() != a.end() || first.isRange() || first.scaled()) {
      return null;
    }
    return DurationRules.duration(a.start(), a.end(), first, tu);
  }

  /**
   * Whether {@code a} and {@code b} are values of one list: joined by "dan" or "atau" ("9 dan 7
   * persen"), or by a comma (and "dan" or "atau") inside a list of three or more, where {@code b}
   * took its unit from a list already or a comma and a number come before {@code a} ("3, 5, atau 10
   * kilogram"). A comma alone after a number ends a clause as often ("mencapai 500, 20 persen di
   * antaranya").
   */
  private static boolean joined(Scan s, Reading a, Reading b, boolean bShared) {
    int from = a.end();
    int to = b.start();
    if (to == from + 1 && (s.lowerIs(from, "dan") || s.lowerIs(from, "atau"))) {
      return true;
    }
    boolean comma = to == from + 1 && s.lowerIs(from, ",")
        || to == from + 2 && s.lowerIs(from, ",") && (s.lowerIs(from + 1, "dan") || s.lowerIs(from + 1, "atau"));
    return comma && (bShared || s.lowerIs(a.start() - 1, ",") && s.num(a.start() - 2) != null);
  }
}
