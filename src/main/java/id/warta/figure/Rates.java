package id.warta.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a figure followed by "per X" into a rate: {@code Rp15.800 per USD} is {@code IDR/USD},
 * {@code Rp5.000 per kilogram} is {@code IDR/kg}, {@code 5 persen per tahun} is {@code %/yr},
 * {@code 200 unit per bulan} is {@code unit/mo}. X is a currency, a unit, a unit of time or a
 * classifier. Stateless and thread-safe.
 */
final class Rates {
  private Rates() {}

  static final Set<String> PER = Set.of("per", "/", "tiap", "setiap");

  /**
   * Makes rates of the readings of {@code in} followed by "per X" or by a se- unit of time ("Rp 5
   * juta sebulan"), replacing them in place; returns it.
   */
  static List<Reading> attach(Lexicon lx, Scan s, List<Reading> in) {
    perSeUnit(s, in);
    perSeMeasure(lx, s, in);
    for (int k = 0, n = in.size(); k < n; k++) {
      int nextStart = k + 1 < n ? in.get(k + 1).start() : s.size();
      in.set(k, attach(lx, s, in.get(k), nextStart));
    }
    sharedInList(s, in);
    return in;
  }

  /**
   * Amounts of money or percentages listed with "dan" or a comma share the rate written after the
   * last (not with "atau", which restates: "Rp 5,2 triliun atau Rp 52,48 per saham"):
   * "Rp415 dan Rp605 per kWh", "Rp 1 juta dan maksimal Rp 10 miliar per investor", "3,75 persen dan 4
   * persen per tahun" (the first had none). In place, from the end, so that a list of three takes it too.
   */
  private static void sharedInList(Scan s, List<Reading> in) {
    for (int k = in.size() - 2; k >= 0; k--) {
      Reading a = in.get(k);
      Reading b = in.get(k + 1);
      if (a.type() != b.type() || a.type() != FigureType.MONEY && a.type() != FigureType.PERCENT
          || a.unit() == null || b.unit() == null
          || a.unit().indexOf('/') >= 0 || !isRateOf(b.unit(), a.unit()) || !listGap(s, a.end(), b.start())) {
        continue;
      }
      in.set(k, a.withUnit(b.unit()));
    }
  }

  /** Whether {@code rate} is {@code unit} per something ("IDR/kWh" of "IDR"), without building a string. */
  private static boolean isRateOf(String rate, String unit) {
    return rate.length() > unit.length() + 1 && rate.startsWith(unit) && rate.charAt(unit.length()) == '/';
  }

  /** Whether atoms {@code [from, to)} only join two items of a list: "dan", a comma, a bound word. */
  private static boolean listGap(Scan s, int from, int to) {
    if (to <= from || to - from > 3) {
      return false;
    }
    boolean joined = false;
    for (int i = from; i < to; i++) {
      if (s.lowerIn(i, LIST_WORDS)) {
        joined |= !s.lowerIn(i, BOUND_WORDS);
      } else {
        return false;
      }
    }
    return joined;
  }

  /** What may stand between two amounts of a list: joiners, and bounds of the second ("dan maksimal Rp 10 miliar"). */
  static final Set<String> LIST_WORDS = Set.of(",", "dan", "serta", "maksimal", "minimal", "maksimum",
      "minimum", "sekitar");
  /** The bound words of {@link #LIST_WORDS}, which join nothing alone. */
  static final Set<String> BOUND_WORDS = Set.of("maksimal", "minimal", "maksimum", "minimum", "sekitar");

  /**
   * An amount right before a se- unit of time is that much per unit: "gaji Rp 5 juta sebulan" is
   * {@code IDR/mo}, "500 ton sehari" {@code t/d}, "naik 3 persen setahun" {@code %/yr}; the unit of
   * time joins the amount's text and is no duration of its own. Not after "kali" (a frequency,
   * "tiga kali sehari"), nor when a word makes the unit of time a date or a span ("sebulan lalu",
   * "setahun terakhir").
   */
  private static void perSeUnit(Scan s, List<Reading> in) {
    for (int k = 0; k + 1 < in.size(); k++) {
      Reading r = in.get(k);
      Reading d = in.get(k + 1);
      if (d.type() != FigureType.DURATION || d.start() != r.end() || d.end() != d.start() + 1 || d.unit() == null
          || r.type() != FigureType.MONEY && r.type() != FigureType.QUANTITY && r.type() != FigureType.PERCENT
              && r.type() != FigureType.COUNT && r.type() != FigureType.DURATION
          || r.unit() != null && (r.unit().indexOf('/') >= 0 || r.unit().equals("kali")) || r.range() == null && r.value() == null && r.iso() == null) {
        continue;
      }
      Atom a = s.atom(d.start());
      if (!a.startsWithSe() || spanAfter(s, d.end())) {
        continue;
      }
      in.set(k, r.withUnit((r.unit() == null ? "" : r.unit()) + "/" + d.unit()).withSpan(r.start(), d.end()));
      in.remove(k + 1);
    }
  }

  /**
   * A price right before a se- unit of measurement that was read as a measure of its own is that much
   * per unit: "empat ribu lima ratus rupiah seliter" is {@code IDR/l}, not a price and one litre (a
   * price with a currency sign takes it in {@link #attach(Lexicon, Scan, Reading, int)}).
   */
  private static void perSeMeasure(Lexicon lx, Scan s, List<Reading> in) {
    for (int k = 0; k + 1 < in.size(); k++) {
      Reading r = in.get(k);
      Reading q = in.get(k + 1);
      if (r.type() != FigureType.MONEY || q.type() != FigureType.QUANTITY || q.start() != r.end()
          || q.end() != q.start() + 1 || r.unit() == null || r.unit().indexOf('/') >= 0) {
        continue;
      }
      String code = seUnitOfMeasure(lx, s, q.start());
      if (code != null && code.equals(q.unit())) {
        in.set(k, r.withUnit(r.unit() + "/" + code).withSpan(r.start(), q.end()));
        in.remove(k + 1);
      }
    }
  }

  /**
   * The code of the unit of time of atom {@code i} when it is a se- unit of time ({@code sehari},
   * {@code setahun}) that says "per": not followed by a word that makes it a date or a span; else null.
   */
  private static String seUnit(Lexicon lx, Scan s, int i) {
    Atom a = s.atomOrNull(i);
    Lexicon.TimeUnit time = a == null || !a.isWord() || spanAfter(s, i + 1) ? null : lx.seTimeUnit(a);
    return time == null ? null : time.code();
  }

  /**
   * Whether atom {@code i}, after a se- unit of time, makes it a date or a span ({@link #SPAN_WORDS});
   * "yang" only before "lalu" or "silam" ("sebulan yang lalu"; "sewa Rp 1,5 juta sebulan yang tak
   * sebanding" is a rate).
   */
  private static boolean spanAfter(Scan s, int i) {
    return s.lowerIn(i, SPAN_WORDS) && (!s.lowerIs(i, "yang") || s.lowerIs(i + 1, "lalu") || s.lowerIs(i + 1, "silam"));
  }

  /** Words after a se- unit of time that make it a date or a span, no rate: "sebulan lalu", "setahun terakhir". */
  static final Set<String> SPAN_WORDS = Set.of("lalu", "lagi", "kemudian", "sebelum", "sebelumnya", "setelah", "sesudah",
      "terakhir", "silam", "mendatang", "berikutnya", "penuh", "pertama", "ke", "yang");

  private static Reading attach(Lexicon lx, Scan s, Reading r, int limit) {
    if (r.unit() == null || r.type() == FigureType.DATE || r.type() == FigureType.ORDINAL) {
      return r;
    }
    if (r.type() == FigureType.DURATION) {
      return durationRate(lx, s, r, limit);
    }
    // the ",-" of a rupiah amount may stand before its rate: "Rp 10.000,- per bungkus"
    int per = r.type() == FigureType.MONEY && isNoCents(s, r.end()) ? r.end() + 2 : r.end();
    if (per < limit && (s.lowerIs(per, "p.a.") || s.lowerIs(per, "p.a"))) {
      return r.withUnit(r.unit() + "/yr").withSpan(r.start(), per + 1); // per annum: "bunga hingga 6% p.a."
    }
    if (!s.lowerIn(per, PER)) {
      // "per" glued to its unit: "2 juta ton pertahun", "Rp25.000 perorang"
      String glued = per < limit ? gluedUnit(lx, s, per, false) : null;
      if (glued == null && per < limit && r.type() == FigureType.MONEY) {
        glued = seUnitOfMeasure(lx, s, per); // "Rp2.950 sekilo", "Rp 12 ribu seliter"
      }
      return glued == null ? r : r.withUnit(r.unit() + "/" + glued).withSpan(r.start(), per + 1);
    }
    int i = per + 1;
    if (i + 1 < limit && s.lowerIs(i, "-") && !s.atom(i).spaceBefore && !s.atom(i + 1).spaceBefore) {
      i++; // "Rp1.500 per-GB", cut at the hyphen before a unit in capitals
    }
    if (i >= limit || s.lowerIs(i, "kali") && !s.lowerIs(per, "per")) {
      return r; // "3.000 IU setiap kali suntik": each time, no rate
    }
    String code = null;
    int end = -1;
    PhraseTable.Hit<String> cur = lx.currencies.match(s, i);
    PhraseTable.Hit<String> unit = cur == null ? lx.units.match(s, i) : null;
    PhraseTable.Hit<Lexicon.TimeUnit> time = cur == null && unit == null ? lx.timeUnits.match(s, i) : null;
    PhraseTable.Hit<String> cls = cur == null && unit == null && time == null ? lx.classifiers.match(s, i) : null;
    if (cur != null) {
      code = cur.value();
      end = cur.end();
    } else if (unit != null) {
      code = unit.value();
      end = unit.end();
    } else if (time != null) {
      code = time.value().code();
      end = time.end();
    } else if (cls != null) {
      // per an acronym as written, a classifier's too: "Rp 600.000 per KK" is IDR/KK
      code = cls.end() == i + 1 && isAcronym(s.atom(i)) ? s.atom(i).text() : cls.value();
      end = cls.end();
    } else if (s.lowerIs(i, "kapita")) {
      code = "capita";
      end = i + 1;
    } else if (r.type() == FigureType.MONEY
        || (r.type() == FigureType.QUANTITY || r.type() == FigureType.PERCENT || r.type() == FigureType.COUNT)
            && s.lowerIs(per, "per")) {
      // an amount per any noun: "Rp300.000 per keluarga" is IDR/keluarga; per an acronym as written,
      // "Rp 600.000 per KPM", "10 kilogram per KK", "2,5 persen per transaksi", a classifier count
      // "20 orang per kapal" (a measure, share or count only with "per": "5 kilometer tiap pagi" says
      // how often)
      if (isPerNoun(lx, s, i)) {
        code = s.lower(i);
        end = i + 1;
      } else if (isAcronym(s.atom(i))) {
        code = s.atom(i).text();
        end = i + 1;
      }
    }
    int share = r.type() != FigureType.MONEY ? -1 : s.lowerIs(i, "saham") ? i + 1
        : s.lowerIs(i, "lembar") && s.lowerIs(i + 1, "saham") ? i + 2 : -1;
    if (share > 0) {
      code = "share"; // a dividend or a price per share: "Rp 215 per (lembar) saham"
      end = share;
    }
    if (code == null || end > limit) {
      return r;
    }
    // a second rate in time: "Rp 609.160 per kapita per bulan" is IDR/capita/mo
    if (end + 1 < limit && s.lowerIs(end, "per")) {
      PhraseTable.Hit<Lexicon.TimeUnit> second = lx.timeUnits.match(s, end + 1);
      if (second != null && second.end() <= limit && !code.equals(second.value().code())) {
        code = code + "/" + second.value().code();
        end = second.end();
      }
    }
    return r.withUnit(r.unit() + "/" + code).withSpan(r.start(), end);
  }

  /**
   * A duration per a unit of time with "per" or a glued slash: "maksimal 4 jam per hari", "9 jam/hari"
   * are {@code h/d}, as a se- unit
   * after it is ("40 jam seminggu", {@link #perSeUnit}); other nouns after "per" make no rate of a
   * duration.
   */
  private static Reading durationRate(Lexicon lx, Scan s, Reading r, int limit) {
    int per = r.end();
    // "per", or a slash glued to both sides: "9 jam/hari"
    boolean slash = s.lowerIs(per, "/") && !s.atom(per).spaceBefore && per + 1 < s.size() && !s.atom(per + 1).spaceBefore;
    if (r.unit().indexOf('/') >= 0 || !(s.lowerIs(per, "per") || slash) || per + 1 >= limit) {
      return r;
    }
    PhraseTable.Hit<Lexicon.TimeUnit> time = lx.timeUnits.match(s, per + 1);
    if (time == null || time.end() > limit || time.value().code().equals(r.unit())) {
      return r;
    }
    return r.withUnit(r.unit() + "/" + time.value().code()).withSpan(r.start(), time.end());
  }

  /**
   * A rate in time written after the object: "250.000 ton semen per tahun" is {@code t/yr} with the
   * object "semen" (only with "per": "40 kg nangka setiap hari" says how often, the verb's business).
   * {@code r} is a count or measure with a unit and no rate, whose object ends at atom {@code
   * objectEnd}; returns the reading with the rate and its span up to the unit of time, or {@code r}.
   */
  static Reading afterObject(Lexicon lx, Scan s, Reading r, int objectEnd, int limit) {
    if (r.unit() == null && r.type() != FigureType.COUNT
        || r.unit() != null && r.unit().indexOf('/') >= 0
        || r.type() != FigureType.QUANTITY && r.type() != FigureType.COUNT || "kali".equals(r.unit())) {
      return r;
    }
    // a bare count has no unit of its own: "10 juta penumpang per tahun" is /yr
    String base = r.unit() == null ? "" : r.unit();
    String se = seUnit(lx, s, objectEnd);
    if (se != null) {
      // "450 ton jagung sehari": a se- unit of time after the object, as "per hari" (read as a
      // duration of its own, the next reading, which the figure then takes in)
      return r.withUnit(base + "/" + se).withSpan(r.start(), objectEnd + 1);
    }
    if (objectEnd >= limit) {
      return r;
    }
    if (!s.lowerIs(objectEnd, "per")) {
      String glued = gluedUnit(lx, s, objectEnd, true); // "250.000 ton semen pertahun"
      return glued == null ? r : r.withUnit(base + "/" + glued).withSpan(r.start(), objectEnd + 1);
    }
    if (objectEnd + 1 >= limit) {
      return r;
    }
    PhraseTable.Hit<Lexicon.TimeUnit> time = lx.timeUnits.match(s, objectEnd + 1);
    PhraseTable.Hit<String> unit = time == null ? lx.units.match(s, objectEnd + 1) : null;
    if (unit != null && unit.end() <= limit && !s.lowerIs(unit.end(), "per")) {
      // per a unit of measurement, by its code: "24,6 ton TBS per hektare" is t/ha, "136 pohon per hektare" /ha
      return r.withUnit(base + "/" + unit.value()).withSpan(r.start(), unit.end());
    }
    if (time == null && objectEnd + 2 <= limit && !s.lowerIs(objectEnd + 2, "per")) {
      // a count or a measure per any noun: "2,9 gol per pertandingan" is /pertandingan, "2,5 kg beras
      // per jiwa" kg/jiwa, "lima ekor sapi per keluarga" ekor/keluarga; per an acronym as written:
      // "tiga nomor per NIK" is /NIK
      String noun = isPerNoun(lx, s, objectEnd + 1) ? s.lower(objectEnd + 1)
          : isAcronym(s.atom(objectEnd + 1)) ? s.atom(objectEnd + 1).text() : null;
      if (noun != null) {
        return r.withUnit(base + "/" + noun).withSpan(r.start(), objectEnd + 2);
      }
    }
    if (time == null || time.end() > limit) {
      return r;
    }
    return r.withUnit(base + "/" + time.value().code()).withSpan(r.start(), time.end());
  }

  /**
   * The unit code of atom {@code i} when it is "per" glued to a unit ({@link Lexicon#isGluedPer}:
   * {@code pertahun}, {@code perorang}, {@code per-orang}), a unit of time only if {@code timeOnly}; else null. Read here,
   * where a rate may stand, rather than split by the scan for every word of a window.
   */
  private static String gluedUnit(Lexicon lx, Scan s, int i, boolean timeOnly) {
    Atom a = s.atomOrNull(i);
    if (a == null || !a.isWord() || !lx.isGluedPer(s.text(), a.start, a.end)) {
      return null;
    }
    int from = s.text().charAt(a.start + 3) == '-' ? a.start + 4 : a.start + 3; // "per-orang"
    String rest = s.text().substring(from, a.end).toLowerCase(java.util.Locale.ROOT);
    Lexicon.TimeUnit time = lx.timeUnits.lookup(rest);
    if (timeOnly) {
      return time == null ? null : time.code();
    }
    String unit = lx.units.lookup(rest);
    if (unit != null) {
      return unit;
    }
    if (time != null) {
      return time.code();
    }
    String cls = lx.classifiers.lookup(rest);
    return cls != null ? cls : rest.equals("kapita") ? "capita" : null;
  }

  /**
   * The code of a unit of measurement or classifier written with "se-" (one) at atom {@code i}: after
   * a price it is the unit the price is per ({@code sekilo} is kg, {@code seliter} l, {@code sebungkus}
   * bungkus), or null.
   */
  private static String seUnitOfMeasure(Lexicon lx, Scan s, int i) {
    Atom a = s.atomOrNull(i);
    if (a == null || !a.isWord()) {
      return null;
    }
    String unit = lx.seUnit(a);
    return unit != null ? unit : lx.seClassifier(a); // "Rp3.500 sebungkus", "12rb seporsi"
  }

  /** Whether atoms {@code i} and {@code i + 1} are the ",-" glued after an amount (no cents). */
  /**
   * Whether atom {@code i}, after "per", is a noun an amount of money may be given per: a word in
   * lower case of three letters or more that is no function word, number word, month, derived verb
   * or word with -nya ("per keluarga", "per peserta"; not "per bulannya", "per tanggal").
   */
  private static boolean isPerNoun(Lexicon lx, Scan s, int i) {
    Atom a = s.atom(i);
    char c0 = a.length() > 0 ? a.charAt(0) : ' ';
    // in lower case, or capitalized in a headline in title case ("Rp25 Juta per Vial")
    if (!a.isWord() || a.length() < 3 || !(c0 >= 'a' && c0 <= 'z' || c0 >= 'A' && c0 <= 'Z' && s.titleCase())) {
      return false;
    }
    long mask = s.mask(i);
    String w = a.lower();
    return !((mask & 1L << KeyIndex.STOP_WORDS) != 0 && lx.stopWords.contains(w)
        || (mask & 1L << KeyIndex.NUMBER_WORDS) != 0 && lx.numberWords.containsKey(w)
        || (mask & 1L << KeyIndex.MONTHS) != 0 && lx.month(a, false) != null
        || w.endsWith("nya") || ObjectFinder.looksLikeVerb(w) && !lx.objectWords.getOrDefault(w, false)
        || AS_OF.contains(w));
  }

  /** Words after "per" that say "as of" a time, no rate: "40 persen per akhir tahun", "per posisi Juni". */
  private static final Set<String> AS_OF = Set.of("akhir", "awal", "pertengahan", "medio", "tanggal", "posisi",
      "penutupan", "hari");

  /** An acronym in capitals of two to five letters ("KPM", "KK"), a noun a rate may be per. */
  private static boolean isAcronym(Atom a) {
    return a.isWord() && a.length() >= 2 && a.length() <= 5 && a.isAsciiCapitals();
  }

  static boolean isNoCents(Scan s, int i) {
    Atom comma = s.atomOrNull(i);
    Atom dash = s.atomOrNull(i + 1);
    return comma != null && dash != null && !comma.spaceBefore && !dash.spaceBefore && comma.textIs(",")
        && (dash.textIs("-") || dash.textIs("\u2013"));
  }
}
