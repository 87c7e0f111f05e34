package id.warta.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A change written with the unit once, after its second number: in {@code dari 5,75 menjadi 6 persen}
 * the 5,75 is a percentage too, in {@code dari 1,2 menjadi 1,5 triliun rupiah} the 1,2 is 1.2e12
 * rupiah, in {@code dari 120 menjadi 150 orang} the 120 counts people. The first number, a bare
 * count after "dari" (or "dari semula", "dari target awal", ...), takes the type, unit and scale of the figure after "menjadi" or "ke". Stateless
 * and thread-safe.
 */
final class Changes {
  private Changes() {}

  /** The words between the two values of a change. */
  static final Set<String> TO = Set.of("menjadi", "ke", "jadi");

  /** Gives the bare first value of each change of {@code in} the unit of the second, in place; returns it. */
  static List<Reading> attach(Lexicon lx, Scan s, List<Reading> in) {
    for (int k = 0; k + 1 < in.size(); k++) {
      Reading a = in.get(k);
      Reading b = in.get(k + 1);
      if (a.type() == FigureType.COUNT && a.unit() == null && a.value() != null && b.type() == FigureType.DURATION
          && b.iso() != null && b.start() == a.end() + 1 && s.lowerIn(a.end(), TO) && afterDari(s, a.start())) {
        // "dari 10 menjadi 7 menit": the first value is a duration in the second's unit
        Lexicon.TimeUnit tu = Lists.unitOf(lx, s, b);
        Reading r = tu == null ? null : Lists.duration(s, a, tu);
        if (r != null) {
          in.set(k, r);
        }
      } else if (a.type() == FigureType.COUNT && a.unit() == null && a.value() != null && b.value() != null
          && (b.unit() != null || b.type() == FigureType.COUNT && scaled(s, b))
          && (b.start() == a.end() + 1 || b.start() == a.end() + 2 && s.lowerIn(a.end() + 1, NEAR))
          && s.lowerIn(a.end(), TO) && afterDari(s, a.start())
          && (b.type() == FigureType.PERCENT || b.type() == FigureType.MONEY || b.type() == FigureType.QUANTITY
              || b.type() == FigureType.COUNT)) {
        Reading shared = share(s, a, b);
        if (shared != null) {
          in.set(k, shared);
        }
      } else if (a.type() == FigureType.COUNT && a.unit() == null && a.value() != null && b.value() != null
          && (b.type() == FigureType.PERCENT || b.type() == FigureType.MONEY) && s.lowerIn(a.start() - 1, TO)) {
        Reading shared = reversed(s, a, b);
        if (shared != null) {
          in.set(k, shared);
        }
      } else if (a.type() == FigureType.MONEY && b.type() == FigureType.MONEY) {
        shareRate(s, in, k, a, b);
      }
    }
    sameCurrency(s, in);
    return in;
  }

  /** Qualifier words that may stand before the second value: "dari 190 menjadi hampir 250 triliun rupiah". */
  static final Set<String> NEAR = Set.of("hampir", "sekitar", "sekira", "mencapai", "minimal", "maksimal");

  /** Words that may stand between "dari" and the first value: "dari semula 5 menjadi 7 persen". */
  private static final Set<String> FROM_WORDS = Set.of("semula", "sebelumnya", "awalnya", "rencana", "target",
      "awal", "angka", "posisi", "level");

  /** Whether atom {@code i} follows "dari", or "dari" and one or two words of {@link #FROM_WORDS}. */
  private static boolean afterDari(Scan s, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (s.lowerIs(k, "dari")) {
        return true;
      }
      Atom w = s.atom(k);
      if (!w.isWord() || !FROM_WORDS.contains(w.lower())) {
        return false;
      }
    }
    return false;
  }

  /** Currency words that name several currencies, the default one unless a country follows. */
  private static final Set<String> BARE_CURRENCIES = Set.of("dolar", "dollar", "franc", "francs");

  /**
   * A bare currency word after the same word with its country earlier in the sentence names that
   * currency: in {@code 188 juta francs Perancis ... dari 65 juta francs} the second is FRF too, in
   * {@code 5 dolar Singapura, naik dari 4 dolar} SGD. The amount keeps its rate, in place.
   */
  private static void sameCurrency(Scan s, List<Reading> in) {
    for (int k = 1; k < in.size(); k++) {
      Reading b = in.get(k);
      int last = b.end() - 1;
      if (b.type() != FigureType.MONEY || b.unit() == null || b.unit().indexOf('/') >= 0
          || !BARE_CURRENCIES.contains(s.lower(last))) {
        continue;
      }
      String word = stem(s.lower(last));
      for (int j = k - 1; j >= 0; j--) {
        Reading a = in.get(j);
        if (stopBetween(s, a.end(), b.start())) {
          break;
        }
        int c = a.type() == FigureType.MONEY && a.unit() != null ? countryAfter(s, a, word) : -1;
        if (c >= 0) {
          String code = a.unit().indexOf('/') >= 0 ? a.unit().substring(0, a.unit().indexOf('/')) : a.unit();
          if (!code.equals(b.unit())) {
            in.set(k, b.withUnit(code));
          }
          break;
        }
      }
    }
  }

  private static String stem(String w) {
    return w.equals("dollar") ? "dolar" : w.equals("francs") ? "franc" : w;
  }

  /** The atom of {@code a} after its currency word {@code word} when a country follows it inside {@code a}, or -1. */
  private static int countryAfter(Scan s, Reading a, String word) {
    for (int i = a.start(); i + 1 < a.end(); i++) {
      if (stem(s.lower(i)).equals(word) && s.atom(i + 1).isWord() && s.atom(i + 1).isCapitalized()) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Whether a sentence ends between atoms {@code from} and {@code to}. */
  private static boolean stopBetween(Scan s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.isFinalStop(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A price change written with the rate once: in {@code dari Rp 22 ribu/kg menjadi Rp 18 ribu} and
   * {@code Rp 13 ribu/kg, sebelumnya Rp 15 ribu} the other amount is per kilogram too, in {@code
   * Rp9.100 per dolar AS menjadi Rp9.050} per dollar. Two amounts of the same currency, one with a
   * rate, the first, joined only by a word of change ({@link #RATE_JOINS}, a comma before it
   * allowed): the second takes the rate, in place. Backwards only after {@code dari} ({@code dari Rp
   * 45.000 menjadi Rp 60.000 per kilogram}): in {@code naik Rp 300 menjadi Rp 5.200 per kilogram}
   * the first amount is the change, and the corpus leaves it without a rate.
   */
  private static void shareRate(Scan s, List<Reading> in, int k, Reading a, Reading b) {
    String ua = a.unit();
    String ub = b.unit();
    if (ua == null || ub == null) {
      return;
    }
    int sa = ua.indexOf('/');
    int sb = ub.indexOf('/');
    if (sa < 0 && sb >= 0 && ub.substring(0, sb).equals(ua) && s.lowerIs(a.start() - 1, "dari")
        && b.start() == a.end() + 1 && s.lowerIn(a.end(), TO)) {
      // backwards after "dari" only: "naik dari Rp 45.000 menjadi Rp 60.000 per kilogram" is an old
      // price and a new one; in "naik Rp 300 menjadi Rp 5.200 per kilogram" the first is the change
      in.set(k, a.withUnit(ub));
      return;
    }
    if (sa < 0 || sb >= 0 || !ua.substring(0, sa).equals(ub)) {
      return;
    }
    int i = s.lowerIs(a.end(), ",") ? a.end() + 1 : a.end();
    int words = b.start() - i;
    boolean from = s.lowerIs(i, "dari");
    // "Rp 54,9 juta per jemaah, turun dari Rp 55,4 juta": a verb of change before "dari" makes the
    // second amount the old price, per the same unit
    boolean changedFrom = words == 2 && s.lowerIs(i + 1, "dari") && CHANGE_VERBS.contains(s.lower(i));
    if (words == 2 ? !changedFrom && (!from || !s.lowerIs(i + 1, "sebelumnya"))
        : words != 1 || !(RATE_JOINS.contains(s.lower(i)) || from && PER_MEASURE.contains(ua.substring(sa + 1)))) {
      return;
    }
    in.set(k + 1, b.withUnit(ua));
  }

  /**
   * The units a price is given per for which "dari" alone joins the old price ("Rp 18 ribu/kg dari
   * Rp 22 ribu"); after other rates "dari" may say "out of" ("Rp 500 ribu per bulan dari Rp 2 juta").
   */
  private static final Set<String> PER_MEASURE = Set.of("kg", "g", "l", "t", "q", "m2", "m3", "m", "ha");

  /** Verbs of change before "dari" and an old amount: "naik dari", "turun dari". */
  private static final Set<String> CHANGE_VERBS = Set.of("naik", "turun", "meningkat", "menurun", "melonjak", "anjlok",
      "merosot", "melambung", "bertambah", "berkurang");

  /** The words between the two amounts of a price change whose rate is written once. */
  private static final Set<String> RATE_JOINS = Set.of("menjadi", "jadi", "ke", "sebelumnya", "dibanding",
      "dibandingkan", "ketimbang");

  /** The words between the new value and the old one of a change written the other way round (also in {@link #RATE_JOINS}). */
  private static final Set<String> COMPARED = Set.of("dibanding", "dibandingkan", "ketimbang");

  /**
   * A change written new value first: "turun menjadi 5,75 dari 6 persen", the 5,75 a percentage
   * too; "naik menjadi 172 miliar, dibanding Rp150 miliar", the 172 miliar rupiah. Only for
   * percentages and money (in "menjadi 1 dari 5 orang" the 1 is one of five). After a word of
   * comparison both amounts must be written in full but for the unit (scaled alike); null when it is
   * no such change.
   */
  private static Reading reversed(Scan s, Reading a, Reading b) {
    int gap = b.start() - a.end();
    if (gap == 1 && s.lowerIs(a.end(), "dari")) {
      return share(s, a, b);
    }
    int c = s.lowerIs(a.end(), ",") ? a.end() + 1 : a.end();
    if (b.start() != c + 1 || !COMPARED.contains(s.lower(c))) {
      return null;
    }
    NumberReader.Num first = s.num(a.start());
    NumberReader.Num second = numberOf(s, b);
    return first == null || second == null || first.scaled() != second.scaled() ? null : share(s, a, b);
  }

  /** {@code a}, a bare single value, with the type, unit and scale of {@code b}; null if either is no single number. */
  static Reading share(Scan s, Reading a, Reading b) {
    NumberReader.Num first = s.num(a.start());
    NumberReader.Num second = numberOf(s, b);
    if (first == null || second == null || first.end() != a.end() || first.isRange() || second.isRange()) {
      return null;
    }
    BigDecimal v = a.value();
    if (!first.scaled() && second.scaled()) {
      v = Reading.normalize(v.multiply(second.scale())); // the scale written once: "dari 1,2 menjadi 1,5 triliun"
    }
    return new Reading(b.type(), a.start(), a.end(), v, null, null, b.unit(), a.qualifier());
  }

  /** Whether the number of {@code r} has a scale word: "dari 52,1 menjadi 55,4 juta pelanggan" shares the juta. */
  private static boolean scaled(Scan s, Reading r) {
    NumberReader.Num n = numberOf(s, r);
    return n != null && n.scaled();
  }

  /** The first number inside reading {@code r} ("Rp 1,5 triliun": 1,5 triliun), or null. */
  static NumberReader.Num numberOf(Scan s, Reading r) {
    for (int i = r.start(); i < r.end(); i++) {
      NumberReader.Num n = s.num(i);
      if (n != null) {
        return n;
      }
    }
    return null;
  }
}
