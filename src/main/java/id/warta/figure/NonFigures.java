package id.warta.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops readings that are not figures: numbers that identify rather than count ({@code Pasal 7},
 * {@code Nomor 12 Tahun 2021}, {@code KM 57}, {@code pukul 10.30 WIB}), numbers inside names
 * ({@code Peugeot 3008}), parts of scores, codes and phone numbers ({@code 2-1}, {@code
 * 0812-3456-7890}) and "salah satu". Letters-and-digits names ({@code 5G}, {@code COVID-19}, {@code
 * BMW M2}) never become numbers in the first place. Stateless and thread-safe.
 */
final class NonFigures {
  private NonFigures() {}

  static final Set<String> TIME_ZONES = Set.of("wib", "wita", "wit", "gmt", "utc");
  /** The characters that join the parts of a code or a score, each an atom of its own. */
  private static final String JOINERS = "-/\u2013.:";

  /**
   * Whether the atom is digits in thousands groups with full stops, and maybe decimals after a
   * comma: the regex {@code \d{1,3}(?:\.\d{3})+(?:,\d+)?} over its text, read in place (no copy of
   * the text, no matcher).
   */
  static boolean isThousands(Atom a) {
    int n = a.length();
    int k = digitsEnd(a, 0);
    if (k < 1 || k > 3) {
      return false;
    }
    int groups = 0;
    while (k < n && a.charAt(k) == '.') {
      int j = digitsEnd(a, k + 1);
      if (j - k - 1 != 3) {
        return false;
      }
      groups++;
      k = j;
    }
    if (groups == 0) {
      return false;
    }
    if (k == n) {
      return true;
    }
    if (a.charAt(k) != ',') {
      return false;
    }
    int j = digitsEnd(a, k + 1);
    return j > k + 1 && j == n;
  }

  /** Where the run of ASCII digits of the atom from {@code k} on ends. */
  private static int digitsEnd(Atom a, int k) {
    int n = a.length();
    while (k < n && a.charAt(k) >= '0' && a.charAt(k) <= '9') {
      k++;
    }
    return k;
  }

  /** Whether the atom is one of {@link #JOINERS}, read in place. */
  private static boolean isJoiner(Atom a) {
    return a.length() == 1 && JOINERS.indexOf(a.charAt(0)) >= 0;
  }

  /**
   * After {@link #filter} dropped some readings ({@code dropped}, leaving {@code kept}), the readings that a
   * dropped one covered and that reach past it and past the identifier it was part of: in "SMPN 5
   * tahun ini" the name's number took "5 tahun", and "tahun ini" is a date; in "Nomor 12 tahun 2021"
   * the year stays part of the identifier. Returns the kept readings with those, filtered in turn.
   */
  static List<Reading> refill(Lexicon lx, Scan s, List<Reading> dropped, List<Reading> kept, List<Reading> skipped) {
    List<Reading> merged = null;
    for (Reading d : dropped) {
      int zoneEnd = isIdentifier(lx, s, d) ? Math.max(d.end(), listedIdentifiersEnd(lx, s, identifierEnd(s, d.end()))) : d.end();
      for (Reading q : skipped) {
        if (q.start() > d.start() && q.start() < d.end() && q.end() > zoneEnd && !overlapsAny(q, kept)
            && (merged == null || !overlapsAny(q, merged))) {
          if (merged == null) {
            merged = new ArrayList<>(kept);
          }
          merged.add(q);
        }
      }
    }
    if (merged == null) {
      return kept;
    }
    merged.sort(java.util.Comparator.comparingInt(Reading::start));
    kept.clear();
    kept.addAll(filter(lx, s, merged));
    return kept;
  }

  private static boolean overlapsAny(Reading q, List<Reading> rs) {
    for (Reading r : rs) {
      if (q.start() < r.end() && r.start() < q.end()) {
        return true;
      }
    }
    return false;
  }

  /** Drops from {@code in} (in place) the readings that are not figures; returns it. */
  static List<Reading> filter(Lexicon lx, Scan s, List<Reading> in) {
    return filter(lx, s, in, null);
  }

  /**
   * Drops from {@code in} (in place) the readings that are not figures, adding them to {@code
   * dropped} unless it is null; returns {@code in}.
   */
  static List<Reading> filter(Lexicon lx, Scan s, List<Reading> in, List<Reading> dropped) {
    int kept = 0;
    int dropUntil = -1;
    for (int k = 0, n = in.size(); k < n; k++) {
      Reading r = in.get(k);
      boolean drop;
      if (r.start() < dropUntil || dropUntil > 0 && r.type() == FigureType.ORDINAL && s.lower(r.start()).startsWith("ke")
          && (r.start() == dropUntil || r.start() == dropUntil + 1 && s.lowerIs(dropUntil, ")"))) {
        // a point of an article after its identifiers: "Pasal 170 ayat (2) ke-3 KUHP"
        drop = true;
      } else if (isPlace(s, r)) {
        r = new Reading(FigureType.ORDINAL, r.start(), r.end(), r.value(), r.range(), null, null, r.qualifier());
        drop = false;
      } else if (isIdentifier(lx, s, r)) {
        dropUntil = listedIdentifiersEnd(lx, s, identifierEnd(s, r.end()));
        drop = true;
      } else {
        drop = isSalahSatu(s, r) || dropped(lx, s, r, kept > 0 ? in.get(kept - 1) : null);
      }
      if (!drop) {
        in.set(kept++, r);
      } else if (dropped != null) {
        dropped.add(r);
      }
    }
    if (kept < in.size()) {
      in.subList(kept, in.size()).clear();
    }
    return in;
  }

  /**
   * Whether reading {@code r}, after the reading kept before it ({@code prev}, or null), is no
   * figure by one of the checks that can hold for its type (each check tests the type itself too;
   * the switch runs only those that may hold). "salah satu" and an identifier are tested apart.
   */
  private static boolean dropped(Lexicon lx, Scan s, Reading r, Reading prev) {
    return switch (r.type()) {
      case COUNT -> isNamePart(lx, s, r) || isCodePart(s, r) || isScore(s, r) || isScorePair(s, r)
          || isTableCell(s, r) || isCoordinate(s, r) || isAgeAfterName(s, r) || isIdiom(s, r) || isMultiplier(lx, s, r)
          || isListMarker(s, r) || isListedTime(s, r) || isTimeOfDay(s, r) || isDayOfMonth(s, r) || isOperand(s, r)
          || isPhoneNumber(s, r) || isOtherCalendar(lx, s, r)
          || isModelNumber(lx, s, r) || isTakenBack(lx, s, r) || isPlate(s, r) || isDialCode(s, r) || isShoppingDay(s, r);
      case QUANTITY -> isNamePart(lx, s, r) || isCoordinate(s, r) || isTakenBack(lx, s, r) || isPlate(s, r)
          || isZeroKilometre(s, r) || isNotASingle(s, r);
      case DATE -> isDroppedDate(s, r) || isPlate(s, r) || isMultiplier(lx, s, r) || isOtherCalendar(lx, s, r)
          || isTimeOfDatedDay(s, r, prev);
      case DURATION -> isOtherCalendar(lx, s, r) || isUnitOfRank(s, r) || isFrequency(s, r) || isSecondRate(s, r)
          || isShoppingDay(s, r);
      case ORDINAL -> isSchoolLevel(s, r) || isThirdParty(s, r) || isRankOfDuration(r, prev) || isFirstOfCount(lx, s, r, prev)
          || isFirstStone(s, r);
      case MONEY -> isIdiom(s, r) || isTakenBack(lx, s, r);
      case PERCENT -> isTakenBack(lx, s, r);
    };
  }

  /**
   * A day or a year of another calendar: "10 Muharram" (no count), "tanggal 10 bulan Muharram" (no
   * ten months), "tahun 1445 H" (no Gregorian year), "Musim 1448 H" (nor a count). ISO 8601 cannot
   * write them, so none is a figure.
   */
  private static boolean isOtherCalendar(Lexicon lx, Scan s, Reading r) {
    if (r.type() == FigureType.DATE && r.start() > 0 && HIJRI_ERA.contains(s.lower(r.start() - 1))) {
      return true; // the era named before its year: "tahun Saka 1949", "tahun Hijriah 1448"
    }
    Atom next = s.atomOrNull(r.end());
    if (next == null || !next.isWord() || !next.isCapitalized()) {
      return false;
    }
    boolean hijriEra = next.length() == 1 && next.charAt(0) == 'H' || HIJRI_ERA.contains(next.lower());
    if (r.type() == FigureType.COUNT && r.unit() == null && r.end() - r.start() == 1 && hijriEra) {
      // a year of the Hijri era that no date rule took: "Musim 1448 H" in a headline
      Atom a = s.atom(r.start());
      return a.isPlainDigits() && a.length() >= 3 && a.length() <= 4;
    }
    if (r.type() == FigureType.COUNT && r.unit() == null
        || r.type() == FigureType.DURATION && (s.lowerIs(r.end() - 1, "bulan") || s.lowerIs(r.end() - 1, "bln"))) {
      return lx.otherMonths.contains(next.lower());
    }
    if (r.type() == FigureType.DATE && r.iso() != null && r.iso().length() == 4) {
      // a year of the Hijri era: "1445 H", "1445 Hijriah"
      return hijriEra;
    }
    return false;
  }

  /**
   * A se- unit of time after "per" and a noun, the second unit of a rate written before its amount:
   * "pengeluaran per kapita sebulan" is per capita and month, no duration of one month.
   */
  private static boolean isSecondRate(Scan s, Reading r) {
    return r.end() - r.start() == 1 && s.atom(r.start()).startsWithSe() && s.lowerIs(r.start() - 2, "per")
        && s.atomOrNull(r.start() - 1) != null && s.atom(r.start() - 1).isWord();
  }

  /** A code dialled on a phone, between a star and a hash: "ketik *123#", "*888*1#". */
  private static boolean isDialCode(Scan s, Reading r) {
    Atom before = s.atomOrNull(r.start() - 1);
    Atom after = s.atomOrNull(r.end());
    return before != null && before.textIs("*") && !s.atom(r.start()).spaceBefore
        || after != null && after.textIs("#") && !after.spaceBefore;
  }

  /** Eras of other calendars after a year: the Hijri era, and the Saka era of Javanese and Balinese inscriptions ("605 Saka"). */
  private static final Set<String> HIJRI_ERA = Set.of("hijriah", "hijriyah", "hijriyyah", "hijri", "saka");

  private static boolean numberBased(Reading r) {
    return r.type() == FigureType.COUNT || r.type() == FigureType.QUANTITY || r.type() == FigureType.DURATION
        || r.type() == FigureType.DATE && r.iso() != null && !r.iso().startsWith("-") && !r.iso().startsWith("P");
  }

  /**
   * Identifier words after which a number in a unit is a measure: a weight class is a weight ("kelas
   * 73 kg"), a volume a volume ("volume 30-60 ml"), a plot its area ("tanah kavling 120 m2").
   */
  static final Set<String> MEASURED = Set.of("kelas", "volume", "kavling", "versi", "varian"); // "versi 1 TB"

  /** The words of a place in a ranking, after which a bare number is that place. */
  static final Set<String> PLACE_WORDS = Set.of("peringkat", "ranking", "rangking", "posisi", "urutan");

  /**
   * Whether {@code r}, a bare count of digits, is a place in a ranking: "di peringkat 255 dunia",
   * "ranking 3 di kelas", "posisi 801-850" are ranks as "peringkat ke-255" is (not "peringkat 10
   * besar", the top ten, nor "posisi 3,5 meter").
   */
  private static boolean isPlace(Scan s, Reading r) {
    return r.type() == FigureType.COUNT && r.unit() == null && s.lowerIn(r.start() - 1, PLACE_WORDS)
        && s.atom(r.start()).isPlainDigits() && !s.lowerIs(r.end(), "besar");
  }

  private static boolean isIdentifier(Lexicon lx, Scan s, Reading r) {
    if (!numberBased(r) || !s.atom(r.start()).isNumber() && s.num(r.start()) == null || isCentre(s, r.end())) {
      return false;
    }
    NumberReader.Num n = s.num(r.start());
    if (n != null && n.scaled()) {
      return false; // identifiers take no scale word: "volume 17,4 miliar saham" is a value
    }
    if (r.unit() != null && (s.lowerIs(r.start() - 1, "angka") || s.lowerIs(r.start() - 1, "pintu"))) {
      // a value in a unit "di angka 8-9 jam", a fridge's "dua pintu 350 liter" (but "angka 7", "Pintu 7" name)
      return false;
    }
    if (r.type() == FigureType.QUANTITY && r.unit() != null && s.lowerIn(r.start() - 1, MEASURED)) {
      return false; // "kelas 73 kg" is a weight (but "nomor 100 meter" names an event)
    }
    // "Pasal 7", and in brackets after the word: "ayat (2)"
    int before = s.lowerIs(r.start() - 1, "(") ? r.start() - 1 : r.start();
    PhraseTable.Hit<?> bracketed = before != r.start() ? lx.identifierWords.matchEndingAt(s, before, 2) : null;
    if (lx.identifierWords.matchEndingAt(s, r.start(), 2) != null
        || bracketed != null && !(isNumber(s, bracketed.start() - 1) && lx.units.match(s, bracketed.start()) != null)) {
      // (a unit after a number is no identifier word, and the bracket a conversion: "100 kilometer (62 mil)")
      // identifiers have no thousands separators: "ke level 7.120" is a value
      return !isThousands(s.atom(r.start()));
    }
    if (isNumberOfKind(lx, s, r.start())) {
      return true;
    }
    return s.lowerIn(r.end(), TIME_ZONES) || s.lowerIn(r.start() + 1, TIME_ZONES);
  }

  /**
   * Whether a margin starts at atom {@code i} ("plus minus", "±", "+/-"): the number before it is the
   * centre of a value, no identifier ("di angka 41 plus minus 2,5 persen").
   */
  private static boolean isCentre(Scan s, int i) {
    return s.lowerIs(i, "\u00b1") || s.lowerIs(i, "plus") && s.lowerIs(i + 1, "minus")
        || s.lowerIs(i, "+") && s.lowerIs(i + 1, "/") && s.lowerIs(i + 2, "-") || s.lowerIs(i, "+/-");
  }

  /** Whether atom {@code i} is or starts a number. */
  private static boolean isNumber(Scan s, int i) {
    Atom a = s.atomOrNull(i);
    return a != null && (a.isNumber() || s.num(i) != null);
  }

  /**
   * "nomor darurat 112", "nomor pengaduan 1500": a word for "number" (nomor, nomer, no, no.), one
   * lower-case word saying which kind, then the number (the listed pairs, "nomor urut", "nomor
   * punggung", are in the identifier words already). Not when that word is a function or qualifier
   * word ("nomor sekitar").
   */
  private static boolean isNumberOfKind(Lexicon lx, Scan s, int i) {
    Atom kind = s.atomOrNull(i - 1);
    // compared in place, cheapest first: this runs for every number-based reading
    if (kind == null || i < 2 || kind.isPunctuation() || kind.isNumber() || s.num(i - 1) != null
        || !isNumberWord(s, i - 2)
        || kind.hasUpperCase()) {
      return false;
    }
    for (int k = 0; k < kind.length(); k++) {
      if (!Character.isLetter(kind.charAt(k))) {
        return false;
      }
    }
    String w = kind.lower();
    return !lx.stopWords.contains(w) && lx.qualifiersBefore.matchEndingAt(s, i, 1) == null;
  }

  /** Whether atom {@code k} is a word for "number": nomor, nomer, no, no. */
  private static boolean isNumberWord(Scan s, int k) {
    return s.lowerIs(k, "nomor") || s.lowerIs(k, "no") || s.lowerIs(k, "no.") || s.lowerIs(k, "nomer");
  }

  /** Where an identifier that ends at atom {@code e} really ends: "Nomor 12 Tahun 2021", "No. 5/2020". */
  private static int identifierEnd(Scan s, int e) {
    Atom a = s.atomOrNull(e);
    Atom b = s.atomOrNull(e + 1);
    if (a != null && a.isPlainDigits() && a.length() == 4) {
      return e + 1;
    }
    if (a != null && (a.lower().equals("tahun") || a.text().equals("/")) && b != null && b.isPlainDigits()) {
      return e + 2;
    }
    return e;
  }

  /** The words that join identifiers in a list: "Pasal 5 dan 6", "kelas 4, 5, atau 6". */
  private static final Set<String> LIST_JOINERS = Set.of(",", "dan", "atau", "serta", "sama"); // chat's "sama": "nomor 40 sama 43"

  /**
   * Where a list of identifiers that goes on after atom {@code e} ends: "kelas 5 dan 6 SD", "lantai 2
   * dan 3": plain numbers of up to three digits, each larger than the one before by at most ten,
   * joined by a comma, "dan", "atau" or "serta", identify as the first does, unless a unit or classifier
   * follows them ("lantai 4 atau 5 orang"); "kelas 6 dan 40 guru" counts teachers.
   */
  private static int listedIdentifiersEnd(Lexicon lx, Scan s, int e) {
    while (true) {
      int j = e;
      if (s.lowerIs(j, ",") && (s.lowerIs(j + 1, "dan") || s.lowerIs(j + 1, "atau"))) {
        j++;
      }
      Atom joiner = s.atomOrNull(j);
      Atom next = s.atomOrNull(j + 1);
      NumberReader.Num prev = s.num(e - 1);
      NumberReader.Num num = s.num(j + 1);
      if (joiner == null || next == null || !LIST_JOINERS.contains(joiner.lower()) || !next.isPlainDigits()
          || next.length() > 3 || num == null || num.end() != j + 2 || prev == null || prev.isRange()
          || !ascendsBy(prev, num, 10) || j + 2 < s.size()
          && (lx.units.match(s, j + 2) != null || lx.classifiers.match(s, j + 2) != null
              || s.lowerIs(j + 2, "persen") || s.lowerIs(j + 2, "%") // "angka 6, 8, dan 11 persen": values
              || lx.timeUnits.match(s, j + 2) != null || lx.currencies.match(s, j + 2) != null)) {
        return e;
      }
      e = j + 2;
    }
  }

  /** The words that join the times of a list or a span: "pukul 06.10, 13.25 dan 19.40", "pukul 08.00-10.00". */
  private static final Set<String> TIME_JOINERS = Set.of(",", "dan", "atau", "serta", "-", "\u2013", "hingga", "sampai", "s.d.", "s/d");

  /** The words before a time of day: "pukul 06.10", "jam 13.25", "pkl. 19.40". */
  private static final Set<String> TIME_WORDS = Set.of("pukul", "jam", "pkl", "pkl.");

  /**
   * A time of day after others in a list or span that a time word opens ("pukul 06.10, 13.25 dan
   * 19.40", "pukul 08.00-15.00"): like the first, it is no figure. The times before it may have a
   * leading zero (06.10), which reads as no number.
   */
  private static boolean isListedTime(Scan s, Reading r) {
    if (r.type() != FigureType.COUNT || r.unit() != null || r.end() - r.start() != 1 || !isTime(s.atom(r.start()))) {
      return false;
    }
    int i = r.start();
    while (i >= 2) {
      int j = i - 1;
      if (!TIME_JOINERS.contains(s.lower(j))) {
        return false;
      }
      if (s.lowerIs(j, "dan") || s.lowerIs(j, "atau")) {
        j -= s.lowerIs(j - 1, ",") ? 1 : 0;
      }
      Atom prev = s.atomOrNull(j - 1);
      if (prev == null || !isTime(prev)) {
        return false;
      }
      if (TIME_WORDS.contains(s.lower(j - 2))) {
        return true;
      }
      i = j - 1;
    }
    return false;
  }

  /** Words before a day of the month. */
  static final Set<String> DAY_WORDS = Set.of("tanggal", "tgl", "tgl.");

  /** What may follow a day that a later month completes: "tanggal 2 dan 3 Desember", "tanggal 24-26 Desember". */
  static final Set<String> DAY_JOINERS = Set.of("dan", "atau", ",", "-", "–", "hingga", "sampai", "s.d.",
      "s/d", "sd");

  /**
   * A day of the month without its month after "tanggal" ("dibayar paling lambat tanggal 10 setiap
   * bulan", "cair tiap tgl 25"): a day of any month, no count, and no date ISO 8601 can write.
   */
  private static boolean isDayOfMonth(Scan s, Reading r) {
    if (r.type() != FigureType.COUNT || r.unit() != null || r.end() - r.start() != 1 || !s.lowerIn(r.start() - 1, DAY_WORDS)
        || s.lowerIn(r.end(), DAY_JOINERS)) {
      return false;
    }
    Atom a = s.atom(r.start());
    return a.isPlainDigits() && a.length() <= 2 && r.value() != null && r.value().intValue() >= 1
        && r.value().intValue() <= 31;
  }

  /** Verbs of arithmetic before a number, which is an operand: "upah minimum dibagi 126", "dikalikan 1,5". */
  static final Set<String> DIVIDED = Set.of("dibagi", "dikali", "dikalikan", "dibagikan");

  /** A bare number after a verb of arithmetic is an operand, no count: "upah minimum dibagi 126". */
  private static boolean isOperand(Scan s, Reading r) {
    return r.type() == FigureType.COUNT && r.unit() == null && s.lowerIn(r.start() - 1, DIVIDED)
        && (r.end() >= s.size() || !s.atom(r.end()).isWord() || s.lowerIs(r.end(), "dengan"));
  }

  /**
   * "Nol kilometer" spelled: brand new ("mobil nol kilometer") or the zero point of a city ("titik nol
   * kilometer"), no distance.
   */
  private static boolean isZeroKilometre(Scan s, Reading r) {
    return "km".equals(r.unit()) && r.end() - r.start() == 2 && s.lowerIs(r.start(), "nol");
  }

  /** "Peletakan batu pertama": a groundbreaking, no rank. */
  private static boolean isFirstStone(Scan s, Reading r) {
    return s.lowerIs(r.start(), "pertama") && s.lowerIs(r.start() - 1, "batu")
        && (s.lowerIs(r.start() - 2, "peletakan") || s.lowerIs(r.start() - 2, "meletakkan")
            || s.lowerIs(r.start() - 2, "diletakkan"));
  }

  /** Parts of the day after a time of day: "21.30 malam", "04.15 subuh". */
  static final Set<String> PARTS_OF_DAY = Set.of("pagi", "siang", "sore", "petang", "malam", "subuh");

  /**
   * A time of day in digits before a part of the day or a time zone in brackets ("dimulai 21.30
   * malam", "13 September 2012 14.35 (UTC)"): no figure, as after "pukul".
   */
  private static boolean isTimeOfDay(Scan s, Reading r) {
    return r.type() == FigureType.COUNT && r.unit() == null && r.end() - r.start() == 1 && isTime(s.atom(r.start()))
        && (s.lowerIn(r.end(), PARTS_OF_DAY) || s.lowerIs(r.end(), "(") && s.lowerIn(r.end() + 1, TIME_ZONES));
  }

  /** Whether the atom is a time of day in digits: 1-2 digits for the hour, a point or colon, 2 for the minutes. */
  private static boolean isTime(Atom a) {
    int n = a.length();
    int sep = n - 3;
    if (n < 4 || n > 5 || a.charAt(sep) != '.' && a.charAt(sep) != ':') {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (k != sep && (a.charAt(k) < '0' || a.charAt(k) > '9')) {
        return false;
      }
    }
    int hour = sep == 1 ? a.charAt(0) - '0' : (a.charAt(0) - '0') * 10 + a.charAt(1) - '0';
    int minute = (a.charAt(sep + 1) - '0') * 10 + a.charAt(sep + 2) - '0';
    return hour <= 24 && minute <= 59;
  }

  /** Whether {@code b} is larger than {@code a} by at most {@code most}: the next of a short list of numbers. */
  private static boolean ascendsBy(NumberReader.Num a, NumberReader.Num b, int most) {
    java.math.BigDecimal d = b.value().subtract(a.value());
    return d.signum() > 0 && d.compareTo(java.math.BigDecimal.valueOf(most)) <= 0;
  }

  /**
   * Grades, tests and indices written as acronyms, after which a number is a score: "IPK 3,81",
   * "TOEFL 550", an air quality index "AQI 68", "ISPU 150".
   */
  private static final Set<String> SCORE_NAMES = Set.of("ipk", "ip", "ips", "gpa", "nem", "toefl", "ielts", "toeic",
      "aqi", "ispu");

  /**
   * A bare number right after a capitalized word inside a sentence (Peugeot 3008, Liga 1), or an
   * engine size with a decimal point or a trim "GT" in a model name inside a sentence (Xpander 1.5L,
   * Fortuner 2.8 GR, Omoda 5 GT).
   */
  private static boolean isNamePart(Lexicon lx, Scan s, Reading r) {
    // "GT" is gross tonnage, and a trim after a model name (Omoda 5 GT)
    boolean trim = r.type() == FigureType.QUANTITY && (isTrimSize(s, r) || "GT".equals(r.unit()));
    if ((r.type() != FigureType.COUNT || r.unit() != null) && !trim) {
      return false;
    }
    int i = r.start();
    Atom a = s.atom(i);
    if (!a.isNumber() || i == 0 || trim && s.opensSentence(i - 1)) {
      return false;
    }
    if (r.range() != null && (s.opensSentence(i - 1) || !s.atom(i - 1).isCapitalized())) {
      // a range after a word opening a sentence is a value ("Harga 120-180"); after a name inside
      // one, a model ("pesawat ATR 72-600", "Boeing 737-800")
      return false;
    }
    NumberReader.Num n = s.num(i);
    if (n != null && n.scaled()) {
      return false; // nor a scale word ("Total 2 juta")
    }
    if (!trim && a.length() >= 5 && a.charAt(a.length() - 4) == '.' && isThousands(a)) {
      return false; // nor thousands groups ("Kapasitas 1.200 TEUs per hari")
    }
    Atom prev = s.atom(i - 1);
    if (!prev.hasUpperCase() || prev.isPunctuation()) {
      return false;
    }
    String w = prev.lower();
    long mask = s.mask(i - 1);
    boolean common = (mask & 1L << KeyIndex.STOP_WORDS) != 0 && lx.stopWords.contains(w)
        || (mask & 1L << KeyIndex.DATE_WORDS) != 0 && lx.dateWords.contains(w)
        || (mask & 1L << KeyIndex.MONTHS) != 0 && lx.month(prev, true) != null
        || lx.qualifiersBefore.matchEndingAt(s, i, 1) != null && !MODEL_SUFFIXES.contains(w) // "737 MAX 8"
        || (mask & 1L << KeyIndex.NUMBER_WORDS) != 0 && lx.numberWords.containsKey(w);
    if (common || Verbs.isVerb(w) && (s.titleCase() || s.opensSentence(i - 1))) {
      // a headline's verb is no name: "Polisi Tangkap 3 Pengedar", "Banjir Rendam 7 Desa", nor one
      // opening a sentence ("Minum 2 tablet sehari"); inside running text a capitalized root before a
      // number is a title's ("film Lintas Batas 11 resmi diundur")
      return false;
    }
    if (SCORE_NAMES.contains(w) || s.lowerIs(r.end(), "poin") && !s.lowerIs(r.end() + 1, "persentase")) {
      // a grade or a test score, no model: "IPK 3,81", "TOEFL 550"; a team's points in a table: "Persib 31 poin"
      return false;
    }
    boolean opensSentence = s.opensSentence(i - 1);
    // a capitalized word opening a sentence is a name unless it looks like a derived common word
    // (a word with the -nya clitic is a common noun: "Ongkosnya 2 juta-an")
    return !opensSentence || isAllCaps(prev)
        || !ObjectFinder.looksLikeVerb(w) && !w.startsWith("se") && !w.endsWith("nya") && !countsAfterNoun(lx, s, r, w);
  }

  /**
   * Whether the word {@code w} opening the sentence before count {@code r} is a derived common noun
   * and the count has an object in lower case, or in a title-case headline: "Renovasi 12 sekolah
   * rampung", "Pembangunan 300 rumah dimulai", "Renovasi 250 Sekolah Dimulai Pekan Depan" (the noun
   * names an act done to what is counted). A derived noun ends in -asi (renovasi,
   * evakuasi, vaksinasi) or is pe(N)-/per-/ke- ... -an (pembangunan, perbaikan, kerusakan), of eight
   * letters or more; a model name ("Peugeot 3008 hadir") is neither.
   */
  private static boolean countsAfterNoun(Lexicon lx, Scan s, Reading r, String w) {
    if (w.length() < 8 || !(w.endsWith("asi") || w.endsWith("an") && (w.startsWith("pe") || w.startsWith("ke")))) {
      return false;
    }
    Atom next = s.atomOrNull(r.end());
    return next != null && next.isWord() && (!next.isCapitalized() || s.titleCase())
        && ObjectFinder.find(lx, s, r.end(), s.size()) != null;
  }

  /** "1.5" or "2.8" (one digit, a point, one digit) before a unit: how model names give an engine size. */
  private static boolean isTrimSize(Scan s, Reading r) {
    Atom a = s.atom(r.start());
    return r.end() - r.start() == 2 && a.length() == 3 && a.charAt(1) == '.'
        && Character.isDigit(a.charAt(0)) && Character.isDigit(a.charAt(2));
  }

  private static boolean isAllCaps(Atom a) {
    for (int k = 0; k < a.length(); k++) {
      if (Character.isLowerCase(a.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A bare number glued by a dash or slash to another number: scores, codes, phone numbers. */
  private static boolean isCodePart(Scan s, Reading r) {
    if (r.type() != FigureType.COUNT || r.unit() != null) {
      return false;
    }
    if (r.range() != null) {
      // a range glued to a third number is a code or a formation: "pola 3-5-2", "formasi 4-4-2"
      Atom next = s.atomOrNull(r.end());
      Atom after = s.atomOrNull(r.end() + 1);
      return next != null && next.textIs("-") && !next.spaceBefore && after != null && after.isPlainDigits()
          && !after.spaceBefore;
    }
    Atom first = s.atom(r.start());
    Atom prev = s.atomOrNull(r.start() - 1);
    Atom before = s.atomOrNull(r.start() - 2);
    if (first.isNumber() && prev != null && isJoiner(prev) && !first.spaceBefore
        && before != null && before.isNumber()) {
      return true;
    }
    if (first.isNumber() && prev != null && prev.length() == 1 && prev.charAt(0) == '+' && !first.spaceBefore
        && !prev.spaceBefore && before != null && !before.isPunctuation() && before.hasUpperCase()) {
      return true; // a name with a plus: "forum ASEAN+3"
    }
    Atom next = s.atomOrNull(r.end());
    Atom after = s.atomOrNull(r.end() + 1);
    return next != null && isJoiner(next) && !next.spaceBefore && after != null && after.isNumber()
        && !after.spaceBefore;
  }

  /** Words before a match score: "kalah 1-2", "menang 3-0", "skor 1-1". */
  static final Set<String> SCORE_WORDS = Set.of("skor", "kalah", "menang", "imbang", "unggul", "takluk", "tumbang",
      "bermain", "berakhir", "membalas", "tertinggal", "dikalahkan", "mengalahkan", "ditahan", "menahan");

  /**
   * Two numbers joined by a dash after a score word are a score, not a range; so are those after a
   * comma that follows another score ("menang 21-18, 19-21, 21-16": a descending pair before the
   * comma is no range, so the list is of scores).
   */
  private static boolean isScore(Scan s, Reading r) {
    if (r.type() != FigureType.COUNT || r.unit() != null || r.range() == null) {
      return false;
    }
    if (s.lowerIn(r.start() - 1, SCORE_WORDS)) {
      return true;
    }
    int i = r.start() - 1; // the comma, after "a-b"
    if (!s.lowerIs(i, ",") || !s.lowerIs(i - 2, "-") && !s.lowerIs(i - 2, "\u2013")) {
      return false;
    }
    Atom a = s.atomOrNull(i - 3);
    Atom b = s.atomOrNull(i - 1);
    if (a == null || b == null || !a.isPlainDigits() || !b.isPlainDigits() || a.length() > 2 || b.length() > 2) {
      return false;
    }
    return Integer.parseInt(a.text()) >= Integer.parseInt(b.text()) || s.lowerIn(i - 4, SCORE_WORDS);
  }

  /** Whether atom {@code i} is a dash between the sides of a score. */
  private static boolean isDash(Scan s, int i) {
    return s.lowerIs(i, "-") || s.lowerIs(i, "\u2013");
  }

  /** Whether atom {@code i} is a side of a score or a cell of a table: plain digits, at most three. */
  private static boolean isSmallPlain(Scan s, int i) {
    Atom a = s.atomOrNull(i);
    return a != null && a.isPlainDigits() && a.length() <= 3;
  }

  /**
   * A side of a score written with spaces around the dash, which the number reader leaves as two
   * counts when the first side is higher ("skor 6 \u2013 2, 7 \u2013 5", "skor agregat 3 \u2013 2"):
   * the pairs of a list, the first right after a score word or one word after it.
   */
  private static boolean isScorePair(Scan s, Reading r) {
    if (r.type() != FigureType.COUNT || r.unit() != null || r.value() == null || r.end() - r.start() != 1
        || !isSmallPlain(s, r.start())) {
      return false;
    }
    int p = r.start();
    if (isDash(s, p - 1) && isSmallPlain(s, p - 2)) {
      p -= 2; // the second side
    } else if (!isDash(s, p + 1) || !isSmallPlain(s, p + 2)) {
      return false;
    }
    // back over the earlier pairs of a list: "6 \u2013 2, 7 \u2013 5"
    while (s.lowerIs(p - 1, ",") && isSmallPlain(s, p - 2) && isDash(s, p - 3) && isSmallPlain(s, p - 4)) {
      p -= 4;
    }
    return s.lowerIn(p - 1, SCORE_WORDS) || s.lowerIn(p - 2, SCORE_WORDS) && s.atom(p - 1).isWord();
  }

  /**
   * A cell of a table row written as text ("Persib 30 18 7 5 52 - 30 61"): a bare number in a run
   * of at least three numbers of at most three digits with nothing but dashes between them, which
   * prose never writes.
   */
  private static boolean isTableCell(Scan s, Reading r) {
    if (r.type() != FigureType.COUNT || r.unit() != null || r.end() - r.start() != 1 || !isSmallPlain(s, r.start())) {
      return false;
    }
    int run = 1;
    for (int i = r.start() - 1; i >= 0 && run < 3; i--) {
      if (isSmallPlain(s, i)) {
        run++;
      } else if (!isDash(s, i)) {
        break;
      }
    }
    for (int i = r.start() + 1; i < s.size() && run < 3; i++) {
      if (isSmallPlain(s, i)) {
        run++;
      } else if (!isDash(s, i)) {
        break;
      }
    }
    return run >= 3;
  }

  /** Compass words after a latitude or longitude: lintang utara/selatan, bujur timur/barat. */
  static final Set<String> COMPASS = Set.of("lu", "ls", "bt", "bb", "n", "s", "e", "w");

  /**
   * A part of a geographic coordinate ("6\u00b0 12\u2032 LS", "106\u00b0 49\u2032 BT"): degrees
   * followed by minutes or a compass word, and the minutes themselves, or decimal degrees before a
   * compass abbreviation ("3,12 LS"); an angle alone ("berputar 180\u00b0") is a figure.
   */
  private static boolean isCoordinate(Scan s, Reading r) {
    if (r.type() != FigureType.COUNT && r.type() != FigureType.QUANTITY || r.end() - r.start() > 2) {
      return false;
    }
    if (s.lowerIs(r.end(), "\u2032") || s.lowerIs(r.end(), "'") || s.lowerIs(r.end(), "\u2033")) {
      return r.unit() == null; // minutes or seconds
    }
    if (r.unit() == null && isDecimalCoordinate(s, r.end())) {
      return true; // "2.45 LS, 126.30 BT": decimal degrees, as earthquake bulletins give them
    }
    if (!"deg".equals(r.unit())) {
      return false;
    }
    if (s.lowerIs(r.end(), "lintang") || s.lowerIs(r.end(), "bujur") || isCompass(s.atomOrNull(r.end()))) {
      return true; // "7,2 derajat Lintang Selatan", "3,12 derajat LS": latitude and longitude
    }
    if (!s.lowerIs(r.end() - 1, "\u00b0")) {
      return false;
    }
    Atom next = s.atomOrNull(r.end());
    return next != null && (next.isNumber() && (s.lowerIs(r.end() + 1, "\u2032") || s.lowerIs(r.end() + 1, "'"))
        || s.lowerIn(r.end(), COMPASS));
  }

  /** Whether atom {@code a} is a compass abbreviation in capitals: LS, LU, BT, BB. */
  private static boolean isCompass(Atom a) {
    return a != null && (a.textIs("LS") || a.textIs("LU") || a.textIs("BT") || a.textIs("BB"));
  }

  /** Whether atom {@code i} is a compass abbreviation in capitals (LS, LU, BT, BB) after decimal degrees. */
  private static boolean isDecimalCoordinate(Scan s, int i) {
    Atom c = s.atomOrNull(i);
    Atom n = s.atomOrNull(i - 1);
    // the compass word first: it is rarely there, and the number's text is then not copied out
    return isCompass(c) && n != null && n.length() > 2 && (n.text().indexOf('.') > 0 || n.text().indexOf(',') > 0);
  }

  /**
   * "dua kali lipat", "tiga kali lebih besar": a multiplier, not a count of times; and the factor
   * before "x" and a number ("PLTU 2 x 1.000 MW": the 1.000 MW is the figure).
   */
  private static boolean isMultiplier(Lexicon lx, Scan s, Reading r) {
    if (r.type() == FigureType.DATE && r.end() - r.start() == 1 && isTimes(s, r.end()) && isLongFactor(s, r.end() + 1)) {
      return true; // a factor, no year: "resolusi 1920 x 1080 piksel"
    }
    if (r.type() != FigureType.COUNT) {
      return false;
    }
    if (r.unit() == null && r.end() - r.start() == 1 && isTimes(s, r.start() - 1) && isLongFactor(s, r.start() - 2)
        && isLongFactor(s, r.start())) {
      return true; // a pair of dimensions without a unit: "resolusi 1024 x 768" (but "2 x 30 penumpang" counts)
    }
    if (r.unit() == null) {
      return (s.lowerIs(r.end(), "x") || s.lowerIs(r.end(), "\u00d7")) && s.atomOrNull(r.end() + 1) != null
          && s.atom(r.end() + 1).isNumber() && !isSize(lx, s, r, r.end() + 1) || isFirstFactor(s, r);
    }
    return "kali".equals(r.unit())
        && (s.lowerIs(r.end(), "lipat") || s.lowerIs(r.end(), "lebih") || s.lowerIs(r.end(), "lipatnya")
            || s.lowerIn(r.end(), MULTIPLIED)
            // times an amount: "empat kali Rp50.000", "dua kali 45 menit" (the amount is the figure)
            || isNumber(s, r.end()) || s.atomOrNull(r.end()) != null && s.atom(r.end()).kind == id.warta.text.TokenKind.CURRENCY
            // a magnification ("zoom optik 3x", "18x optical zoom") and thinking twice ("mikir 2x")
            || s.lowerIn(r.start() - 1, MAGNIFIED) || s.lowerIn(r.end(), MAGNIFIED)
            || s.lowerIs(r.start() - 1, "hingga") && s.lowerIn(r.start() - 2, MAGNIFIED)); // "zoom digital hingga 100x"
  }

  /**
   * Amounts a number of times is a multiple of: "minimal 10 kali penghasilan tahunan", "denda tiga
   * kali nilai kerugian", and words of a comparison after it (a multiplier, no count; "17 kali
   * gangguan" counts).
   */
  static final Set<String> MULTIPLIED = Set.of("penghasilan", "gaji", "pendapatan", "upah", "harga", "nilai",
      "modal", "omzet", "lipat", "jumlah", "besaran", "pengeluaran", "revenue", "pendapatannya",
      // a limit or a principal ("enam kali ambang batas WHO", "dua setengah kali pokok pinjaman"), and a
      // comparison ("naik 3 kali dibanding periode yang sama")
      "ambang", "batas", "baku", "standar", "pokok", "rata-rata", "dibanding", "dibandingkan", "ketimbang", "daripada",
      // a statutory amount ("pesangon 0,75 kali ketentuan", chat's "2x ketentuan")
      "ketentuan");

  /** Words beside a number of times that make it a factor: "zoom optik 3x", "18x optical zoom", "mikir 2x". */
  static final Set<String> MAGNIFIED = Set.of("zoom", "optik", "optical", "digital", "mikir", "pikir", "berpikir",
      "leverage"); // a trade's leverage: "leverage 50x"

  /**
   * Whether the number at atom {@code i} is a side of a size in a unit of length, written after it or
   * after up to {@code more} further sides: "7 x 9 meter", "20 x 30 x 10 cm" (each side is a length;
   * {@link Compounds#sides} gives them the unit). "2 x 1.000 MW" is a factor and a power.
   */
  private static boolean isLengthSide(Lexicon lx, Scan s, int i, int more) {
    NumberReader.Num n = s.num(i);
    if (n == null || n.isRange()) {
      return false;
    }
    int j = n.end();
    if (isTimes(s, j) && more > 0) {
      return isLengthSide(lx, s, j + 1, more - 1);
    }
    PhraseTable.Hit<String> unit = j < s.size() ? lx.units.match(s, j) : null;
    return unit != null && Compounds.LENGTHS.contains(unit.value());
  }

  /**
   * Whether the count {@code r} before "x" and the side at atom {@code i} are the sides of one size:
   * after a word of size ("berukuran 10 x 80 meter"), or sides of like length, the longer at most
   * eight times the shorter ("7 x 9 meter"); "interval 6 x 400 meter", "estafet 4 x 100 meter" are
   * repetitions of a distance.
   */
  private static boolean isSize(Lexicon lx, Scan s, Reading r, int i) {
    if (!isLengthSide(lx, s, i, 2)) {
      return false;
    }
    for (int k = r.start() - 1; k >= Math.max(0, r.start() - 2); k--) {
      if (s.lowerIn(k, SIZE_WORDS)) {
        return true;
      }
    }
    java.math.BigDecimal a = r.value();
    java.math.BigDecimal b = s.num(i).value();
    if (a.signum() <= 0 || b.signum() <= 0) {
      return false;
    }
    java.math.BigDecimal eight = java.math.BigDecimal.valueOf(8);
    return a.multiply(eight).compareTo(b) >= 0 && b.multiply(eight).compareTo(a) >= 0;
  }

  /** Words before a size in sides: "berukuran 7 x 9 meter", "luas 10 x 80 m". */
  static final Set<String> SIZE_WORDS = Set.of("ukuran", "berukuran", "luas", "seluas", "dimensi", "berdimensi");

  /** Whether atom {@code i} is a number of three digits or more, as the sides of a screen are. */
  private static boolean isLongFactor(Scan s, int i) {
    Atom a = s.atomOrNull(i);
    return a != null && a.isPlainDigits() && a.length() >= 3;
  }

  private static boolean isTimes(Scan s, int i) {
    return s.lowerIs(i, "x") || s.lowerIs(i, "\u00d7");
  }

  /**
   * The first end of two multipliers the reader did not join: "jutaan hingga miliaran kali lebih
   * cepat", "dua atau tiga kali lipat" (the second is dropped as a multiplier itself).
   */
  private static boolean isFirstFactor(Scan s, Reading r) {
    int j = r.end();
    if (!(s.lowerIs(j, "hingga") || s.lowerIs(j, "sampai") || s.lowerIs(j, "atau") || s.lowerIs(j, "-"))) {
      return false;
    }
    NumberReader.Num n = s.num(j + 1);
    return n != null && s.lowerIs(n.end(), "kali")
        && (s.lowerIs(n.end() + 1, "lipat") || s.lowerIs(n.end() + 1, "lebih") || s.lowerIs(n.end() + 1, "lipatnya"));
  }

  /**
   * The number of an item of a list written in a line, one or two digits with a full stop or closing
   * bracket glued: "1) Pendaftaran ..." (opening the sentence or a clause, a capitalized word after
   * it); and, as the segmenter ends a sentence at "2." before a capitalized word, "1." alone as a
   * sentence and "2." ending one after a semicolon ("1. Jawa Barat: 1.245 kasus; 2. Jawa Tengah: ...").
   * After a colon only "1." opens a list ("Sebaran kasus: 1. Kota Bogor: ..."): any other number ending
   * a sentence there stays a count ("Korban tewas: 3.").
   */
  /**
   * A number after an area code in brackets or a country code is a telephone number: "(021) 555-1234",
   * "(0274) 512345", "+60 12-345 6789" (the area code itself, with its leading zero, is read as no
   * number).
   */
  private static boolean isPhoneNumber(Scan s, Reading r) {
    if (r.type() == FigureType.COUNT && (isCountryCode(s, r.start() - 1)
        || r.end() == r.start() + 1 && isCountryCode(s, r.start()) && s.atomOrNull(r.end()) != null && s.atom(r.end()).isNumber())) {
      return true; // after a country code, "+60 12-345 6789", or the code itself, "+65 6123-4567"
    }
    if (r.type() != FigureType.COUNT || r.start() < 3 || !s.lowerIs(r.start() - 1, ")") || !s.lowerIs(r.start() - 3, "(")) {
      return false;
    }
    Atom area = s.atom(r.start() - 2);
    return area.isPlainDigits() && area.length() >= 2 && area.length() <= 4 && area.charAt(0) == '0';
  }

  /** Whether atom {@code i} is a country code: up to three digits glued after "+" ("+60"). */
  private static boolean isCountryCode(Scan s, int i) {
    Atom a = s.atomOrNull(i);
    return a != null && i > 0 && s.lowerIs(i - 1, "+") && a.isPlainDigits() && a.length() <= 3 && !a.spaceBefore;
  }

  private static boolean isListMarker(Scan s, Reading r) {
    if (r.type() != FigureType.COUNT || r.unit() != null || r.end() - r.start() != 1) {
      return false;
    }
    Atom a = s.atom(r.start());
    Atom mark = s.atomOrNull(r.end());
    if (!a.isPlainDigits() || a.length() > 2 || mark == null || mark.spaceBefore) {
      return false;
    }
    if (s.isFinalStop(r.end())) {
      return r.start() == 0 && s.opensSentence(0) || s.lowerIs(r.start() - 1, ";")
          || s.lowerIs(r.start() - 1, ":") && a.textIs("1");
    }
    Atom next = s.atomOrNull(r.end() + 1);
    if (mark.textIs(")") && next != null && next.spaceBefore && next.isWord()
        && (s.lowerIs(r.start() - 1, ":") || s.lowerIs(r.start() - 1, ";"))) {
      return true; // a list inside a sentence: "Data BPS: 1) luas panen ...; 2) produksi ..."
    }
    return s.opensSentence(r.start()) && (mark.textIs(".") || mark.textIs(")")) && next != null && next.spaceBefore
        && next.isCapitalized();
  }

  /** Words with which a speaker takes back the number just said: "dua ribu tujuh ratus, eh, dua ribu sembilan ratus". */
  static final Set<String> TAKE_BACK = Set.of("eh", "ehm", "ralat", "maaf", "sori");

  /**
   * A number that the speaker takes back at once, as transcribed speech keeps it: after it, a word
   * of {@link #TAKE_BACK} (with or without commas) and another number, which is the one meant.
   */
  private static boolean isTakenBack(Lexicon lx, Scan s, Reading r) {
    int j = r.end();
    if (s.lowerIs(j, ",")) {
      j++;
    }
    if (!s.lowerIn(j, TAKE_BACK)) {
      return false;
    }
    j++;
    if (s.lowerIs(j, ",")) {
      j++;
    }
    if (s.lowerIn(j, TAKE_BACK)) {
      j++; // "dua puluh tujuh orang, eh, maaf, dua puluh sembilan orang"
      if (s.lowerIs(j, ",")) {
        j++;
      }
    }
    PhraseTable.Hit<String> currency = s.atomOrNull(j) != null && !s.atom(j).isNumber() ? lx.currencies.match(s, j) : null;
    if (currency != null) {
      j = currency.end(); // "Rp 50 ribu, maaf, Rp 55 ribu"
    }
    Atom next = s.atomOrNull(j);
    return next != null && (next.isNumber() || s.mayBeIn(j, KeyIndex.NUMBER_WORDS) && lx.numberWords.containsKey(s.lower(j)));
  }

  /** Whether atom {@code i} is a verb with the prefix me- ("menolak", "mendukung", "menyetujui"). */
  private static boolean isMeVerb(Scan s, int i) {
    Atom a = s.atomOrNull(i);
    return a != null && a.isWord() && a.length() >= 6 && s.lower(i).startsWith("me");
  }

  /**
   * "seribu satu alasan": a thousand and one, meaning countless; "pertemuan empat mata", in
   * private; "di satu sisi", on the one hand; "dua sisi mata uang", two sides of one coin; "satu per
   * satu", one by one; "seribu dua ribu", small change.
   */
  private static boolean isIdiom(Scan s, Reading r) {
    if (isNotASingle(s, r)) {
      return true;
    }
    if (r.type() == FigureType.MONEY) {
      // "bukan soal seribu dua ribu rupiah": small change, with its currency
      return s.lowerIs(r.start(), "seribu") && s.lowerIs(r.start() + 1, "dua") && s.lowerIs(r.start() + 2, "ribu");
    }
    if (r.type() != FigureType.COUNT) {
      return false;
    }
    if (s.lowerIs(r.start(), "dua") && s.lowerIs(r.start() - 1, "satu")) {
      return true; // "satu dua pedagang", "hanya satu dua orang": a handful
    }
    if (s.lowerIs(r.start(), "satu") && r.end() - r.start() == 1 && s.lowerIs(r.start() - 1, "yang")) {
      return true; // "yang satu warnanya beda": the one of them
    }
    if (r.qualifier() == Qualifier.APPROX && s.atom(r.start()).textIs("17") && r.end() - r.start() == 2
        && !s.atom(r.start() + 1).spaceBefore) {
      return true; // "lomba 17an", "acara 17-an": the festivities of the 17th of August, no count
    }
    if (s.lowerIs(r.start(), "dua") && s.lowerIs(r.start() + 1, "belas") && s.lowerIs(r.start() - 1, "sebelas")
        || s.lowerIs(r.start(), "sebelas") && s.lowerIs(r.start() + 1, "dua") && s.lowerIs(r.start() + 2, "belas")) {
      return true; // "sebelas dua belas": much the same
    }
    if (r.end() - r.start() == 2) {
      return s.lowerIs(r.start(), "seribu") && s.lowerIs(r.start() + 1, "satu");
    }
    if (r.end() - r.start() == 3 && s.lowerIs(r.start(), "seribu") && s.lowerIs(r.start() + 1, "dua")
        && s.lowerIs(r.start() + 2, "ribu")) {
      return true; // "bukan seribu dua ribu": small change
    }
    return r.end() - r.start() == 1
        && (s.lowerIs(r.start(), "setengah") && s.lowerIn(r.end(), HALF_WORDS)
            || s.lowerIs(r.start(), "empat") && s.lowerIs(r.end(), "mata") && !s.lowerIs(r.end() + 1, "air")
            || s.lowerIs(r.start(), "satu") && s.lowerIs(r.end(), "sisi") && s.lowerIs(r.start() - 1, "di")
            // "belum satu suara", "sudah satu suara", "satu suara menolak": united (but "kalah satu
            // suara" counts a vote)
            || s.lowerIs(r.start(), "satu") && s.lowerIs(r.end(), "suara")
                && (s.lowerIn(r.start() - 1, AGREEMENT) || isMeVerb(s, r.end() + 1) || s.lowerIn(r.end() + 1, AGREED))
            || s.lowerIs(r.start(), "dua") && s.lowerIs(r.end(), "sisi") && s.lowerIs(r.end() + 1, "mata")
                && s.lowerIs(r.end() + 2, "uang")
            // "sistem satu arah", "jalan satu arah": one-way traffic; a single price, a one-stop service
            // ("BBM satu harga", "pelayanan satu pintu", "layanan satu atap")
            || s.lowerIs(r.start(), "satu") && (s.lowerIs(r.end(), "arah") || s.lowerIs(r.end(), "harga")
                || s.lowerIs(r.end(), "pintu") || s.lowerIs(r.end(), "atap"))
            || isRound(s, r)
            || isOneByOne(s, r.start()));
  }

  /**
   * A round or a top group named by its size: "babak 16 besar", "lolos ke delapan besar", "masuk 10
   * besar": no count of anything.
   */
  private static boolean isRound(Scan s, Reading r) {
    NumberReader.Num n = s.num(r.start());
    return r.unit() == null && s.lowerIs(r.end(), "besar") && n != null && !n.isRange() && !n.approx() && !n.scaled();
  }

  /**
   * Words that make "setengah" part of a word, not a half: "setengah pengangguran" (underemployed),
   * "setengah baya" (middle-aged), "setengah hati" (half-hearted), "setengah mati" (terribly).
   */
  static final Set<String> HALF_WORDS = Set.of("pengangguran", "baya", "hati", "mati", "sadar", "resmi", "matang",
      "tiang");

  /** The words before "satu suara" (united): "belum satu suara", "tidak satu suara", "sudah satu suara". */
  static final Set<String> AGREEMENT = Set.of("belum", "tidak", "tak", "sudah", "telah", "menjadi", "bersatu");

  /** What one voice agrees on, as chat writes it: "satu suara nolak kenaikan iuran", "satu suara setuju". */
  static final Set<String> AGREED = Set.of("nolak", "tolak", "setuju", "sepakat", "dukung");

  /** "satu per satu", "satu demi satu": one by one, either "satu" of it. */
  private static boolean isOneByOne(Scan s, int i) {
    if (!s.lowerIs(i, "satu")) {
      return false;
    }
    return (s.lowerIs(i + 1, "per") || s.lowerIs(i + 1, "demi")) && s.lowerIs(i + 2, "satu")
        || (s.lowerIs(i - 1, "per") || s.lowerIs(i - 1, "demi")) && s.lowerIs(i - 2, "satu");
  }

  /**
   * "satu ... pun", not a single one: "belum ada satu roket pun", "tidak satu orang pun", "tak ada
   * satu rupiah pun"; a count or an amount of "satu" with "pun" at most two words after it.
   */
  private static boolean isNotASingle(Scan s, Reading r) {
    if (r.type() != FigureType.COUNT && r.type() != FigureType.MONEY && r.type() != FigureType.QUANTITY
        || !s.lowerIs(r.start(), "satu")) {
      return false;
    }
    for (int i = r.start() + 1; i <= r.end() + 2 && i < s.size(); i++) {
      Atom a = s.atom(i);
      if (!a.isWord()) {
        return false;
      }
      if (i >= r.end() && s.lowerIs(i, "pun")) {
        return true;
      }
    }
    return false;
  }

  /** Words that make a deictic date vague: "beberapa bulan lalu" is some months ago, not last month. */
  static final Set<String> VAGUE = Set.of("beberapa", "sejumlah", "berapa");

  /**
   * A date that is no figure of its own: a deictic date after a vague word ("beberapa tahun lalu",
   * "dalam beberapa hari ini") or after the "per" of a rate, whose unit it is ("10 juta penumpang
   * per tahun ini": the "ini" points at the subject), and a day name with "lalu" or "mendatang" before a date in brackets
   * ("Senin mendatang (20/10)": the date in brackets is the figure, the day name left out).
   */
  /**
   * Whether atom {@code t} ("Tahun") follows a code after a word for "number", glued together and
   * with a digit: "Nomor P.106 Tahun", "No. KEP-12/MEN Tahun" (a number in digits alone is read by
   * the identifier check).
   */
  private static boolean isAfterCodeNumber(Scan s, int t) {
    boolean digit = false;
    for (int k = t - 1; k >= Math.max(0, t - 6); k--) {
      if (isNumberWord(s, k)) {
        return digit && k < t - 1;
      }
      Atom a = s.atom(k);
      if (a.isWord() && !a.hasUpperCase()) {
        return false; // a lower-case word: no code
      }
      for (int c = 0; c < a.length() && !digit; c++) {
        digit = Character.isDigit(a.charAt(c));
      }
    }
    return false;
  }

  /** Whether atom {@code i} is glued by a slash to a token with letters before it, as the end of a code. */
  private static boolean isCodeTail(Scan s, int i) {
    Atom a = s.atom(i);
    Atom slash = s.atomOrNull(i - 1);
    Atom before = s.atomOrNull(i - 2);
    if (a.spaceBefore || slash == null || slash.spaceBefore || !slash.textIs("/") || before == null) {
      return false;
    }
    for (int c = 0; c < before.length(); c++) {
      if (Character.isLetter(before.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  /** Capitalized words of places and institutions that are often named by a date. */
  private static final Set<String> NAMED_BY_DATE = Set.of("Jalan", "Jl", "Jl.", "Jln", "Jln.", "Gang", "Gg",
      "Gg.", "Lapangan", "Stadion", "Universitas", "Institut", "Gedung", "Taman", "Monumen", "Tugu", "Bundaran",
      "Simpang", "Pasar", "Kampung", "Asrama", "Kompleks", "Museum", "Masjid");

  /**
   * A day and month right after a capitalized word of a place or an institution named by that date:
   * "Jalan 17 Agustus", "Stadion 10 November", "Universitas 17 Agustus 1945", "Institut Teknologi 10
   * Nopember" (a name, no date).
   */
  private static boolean isPlaceNamedByDate(Scan s, Reading r) {
    Atom day = s.atom(r.start());
    if (!day.isPlainDigits() || day.length() > 2 || r.iso().length() < 10 || r.iso().charAt(7) != '-') {
      return false;
    }
    Atom prev = s.atomOrNull(r.start() - 1);
    if (prev != null && prev.isWord() && (prev.textIs("Teknologi") || prev.textIs("Gelora"))) {
      prev = s.atomOrNull(r.start() - 2); // "Institut Teknologi 10 Nopember", "Stadion Gelora 10 November"
    }
    return prev != null && NAMED_BY_DATE.contains(prev.text());
  }

  /**
   * A shopping day named by its date, a month's number written twice with a dot ("kampanye 10.10",
   * "Harbolnas 12.12", "promo 11.11"): a name, no number.
   */
  private static boolean isShoppingDay(Scan s, Reading r) {
    Atom a = s.atom(r.start());
    int n = a.length();
    if (n != 3 && n != 5 || a.charAt(n / 2) != '.') {
      return false;
    }
    for (int k = 0; k < n / 2; k++) {
      if (a.charAt(k) != a.charAt(n / 2 + 1 + k) || a.charAt(k) < '0' || a.charAt(k) > '9') {
        return false;
      }
    }
    int month = n == 3 ? a.charAt(0) - '0' : (a.charAt(0) - '0') * 10 + a.charAt(1) - '0';
    return month >= 1 && month <= 12;
  }

  private static boolean isDroppedDate(Scan s, Reading r) {
    if (r.type() != FigureType.DATE || r.iso() == null) {
      return false;
    }
    if (r.iso().startsWith("XXXX-WXX") && s.lowerIs(r.end(), "(")) {
      Atom d = s.atomOrNull(r.end() + 1);
      return d != null && d.isPlainDigits() && s.lowerIs(r.end() + 2, "/");
    }
    if (s.atom(r.start()).textIs("Tahun") && isAfterCodeNumber(s, r.start())) {
      return true; // "Nomor P.106 Tahun 2018": the year of a regulation's number
    }
    if (isCodeTail(s, r.start())) {
      return true; // "SE-05/MEN/2025", "PENG-07/PJ/2026": the year that ends a letter's number
    }
    if (isEventEdition(s, r) || isPlaceNamedByDate(s, r)) {
      return true;
    }
    return (r.iso().startsWith("-P") || r.iso().startsWith("P"))
        && (s.lowerIn(r.start() - 1, VAGUE) || isRateUnit(s, r.start() - 1));
  }

  /**
   * Words of the names of events and operations, as written (capitalized): a year or a season up to
   * five capitalized words after one is the edition, part of the name ("Indonesia Open 2026",
   * "Bandung Marathon 2026", "Liga Champions 2025/2026", "Olimpiade Musim Panas Beijing 2008",
   * "Operasi Zebra 2026"), as "Piala Dunia 2022" ({@code identifier-words.txt}); lower case they are
   * words ("open 24 jam", "full marathon 42 km").
   */
  private static final Set<String> EVENT_WORDS = Set.of("Open", "Masters", "Marathon", "Maraton", "Champions",
      "Championship", "Championships", "Cup", "Prix", "Games", "Series", "Rally", "Tour", "Operasi", "Olimpiade",
      "Paralimpiade", "Piala", "Kejuaraan", "Rankings", "Fair", "Award", "Awards", "Show", "Bazar", "Bazaar", "MotoGP", "Proliga", "Festival", "Summit", "Week");

  /**
   * Exams and selections, whose year is part of their name, as the blind annotators of our sets
   * marked it ("UTBK-SNBT 2027", "CPNS 2026", chat's "snbt 2026"); a budget's year is a date ("APBN
   * 2027"), and so is an election's ("pemilu 2024": most of them marked it so).
   */
  static final Set<String> EXAM_NAMES = Set.of("utbk", "snbt", "utbk-snbt", "snbp", "snpmb", "spmb", "ppdb", "cpns",
      "pppk", "casn");

  /**
   * A bare year or season after the capitalized name of an event ({@link #EVENT_WORDS}; "Tour de
   * France 2027" too) or after an exam's ({@link #EXAM_NAMES}): the event's edition, no date.
   */
  private static boolean isEventEdition(Scan s, Reading r) {
    String iso = r.iso();
    if (!(iso.length() == 4 || iso.length() == 9 && iso.charAt(4) == '/') || !s.atom(r.start()).isPlainDigits()) {
      return false;
    }
    if (s.lowerIs(r.start() - 2, "de") && s.atomOrNull(r.start() - 3) != null && s.atom(r.start() - 3).textIs("Tour")
        || s.lowerIn(r.start() - 1, EXAM_NAMES)) {
      return true;
    }
    for (int k = r.start() - 1; k >= Math.max(0, r.start() - 5); k--) {
      Atom a = s.atom(k);
      if (!a.isWord() || !a.isCapitalized()) {
        return false;
      }
      if (EVENT_WORDS.contains(a.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether atom {@code per} is "per" after an amount, at most two words before it: "10 juta penumpang
   * per tahun ini". "Per hari ini, 120 kasus" (as of today) is a date.
   */
  private static boolean isRateUnit(Scan s, int per) {
    if (!s.lowerIs(per, "per")) {
      return false;
    }
    for (int j = per - 1; j >= Math.max(0, per - 3); j--) {
      if (s.num(j) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Jumat (12/3/2010) siang ini", "Selasa (18/10), sore ini": a time of today (or last night) right
   * after a day's date in brackets tells the time of that day, which the date already gives ("Dilan
   * (2018) hari ini" keeps today).
   */
  private static boolean isTimeOfDatedDay(Scan s, Reading r, Reading prev) {
    if (prev == null || prev.type() != FigureType.DATE || prev.iso() == null || prev.iso().length() != 10
        || r.type() != FigureType.DATE || r.iso() == null
        || !r.iso().endsWith("D") || r.iso().length() > 4 || r.iso().charAt(r.iso().length() - 2) > '1') {
      return false; // a deictic day after a date: P0D, -P1D
    }
    int i = r.start() - 1;
    if (s.lowerIs(i, ",")) {
      i--;
    }
    return s.lowerIs(i, ")") && prev.end() == i && s.lowerIs(prev.start() - 1, "(");
  }

  /** An age in brackets after a name ("Budi Santoso (42)"): no count. */
  private static boolean isAgeAfterName(Scan s, Reading r) {
    if (r.type() != FigureType.COUNT || r.unit() != null || r.end() - r.start() != 1 || !s.lowerIs(r.start() - 1, "(")
        || !s.lowerIs(r.end(), ")")) {
      return false;
    }
    Atom a = s.atom(r.start());
    Atom name = s.atomOrNull(r.start() - 2);
    return a.isPlainDigits() && a.length() <= 3 && name != null && name.isWord() && name.isCapitalized();
  }

  /**
   * A rank right after a duration or a measure says which of its units, no rank of its own: "bunga
   * tetap untuk tiga tahun pertama" is the first three years, "Rp 12.000 untuk 3 km pertama" the
   * first three kilometres.
   */
  private static boolean isRankOfDuration(Reading r, Reading before) {
    return r.type() == FigureType.ORDINAL && before != null
        && (before.type() == FigureType.DURATION || before.type() == FigureType.QUANTITY)
        && before.end() == r.start() && r.end() - r.start() == 1;
  }

  /**
   * "pertama" after a count and its noun says which of them, no rank of its own: "100 pembeli
   * pertama" (the first hundred buyers), "500 pendaftar pertama".
   */
  private static boolean isFirstOfCount(Lexicon lx, Scan s, Reading r, Reading before) {
    if (before == null || before.type() != FigureType.COUNT || r.end() - r.start() != 1 || !s.lowerIs(r.start(), "pertama")
        || r.start() < before.end() || r.start() - before.end() > 2 || !s.atom(r.start() - 1).isWord()) {
      return false;
    }
    // the words between are the count's noun, not a phrase of their own: "3,4 juta lot sepanjang sesi pertama"
    for (int i = before.end(); i < r.start(); i++) {
      if (!s.atom(i).isWord() || lx.stopWords.contains(s.lower(i))) {
        return false;
      }
    }
    return true;
  }

  /** "sekolah menengah pertama" is a school level, not a rank. */
  private static boolean isSchoolLevel(Scan s, Reading r) {
    return r.type() == FigureType.ORDINAL && s.lowerIs(r.start() - 1, "menengah");
  }

  /**
   * A licence plate: one to four digits between a region code of one or two capitals and a suffix of
   * one to three ("B 1956 KZT", "AB 1234 CD"): an identifier, though the digits may look like a year.
   */
  private static boolean isPlate(Scan s, Reading r) {
    // the suffix may have been read as a unit: "AB 2023 KL" (kl is a kilolitre)
    if (r.end() > r.start() + 2 || !s.atom(r.start()).isPlainDigits() || s.atom(r.start()).length() > 4) {
      return false;
    }
    // (not an air conditioner's power: "AC 2 PK")
    return isCapitals(s.atomOrNull(r.start() - 1), 2) && isCapitals(s.atomOrNull(r.start() + 1), 3)
        && !(s.atom(r.start() - 1).textIs("AC") && "PS".equals(r.unit()));
  }

  /** Whether the atom is a word of one to {@code max} capital letters A-Z. */
  private static boolean isCapitals(Atom a, int max) {
    return a != null && a.isWord() && a.length() <= max && a.isAsciiCapitals();
  }

  /** "dana pihak ketiga", a bank's deposits: a noun, no rank (a "pihak ketiga" alone is the third party). */
  private static boolean isThirdParty(Scan s, Reading r) {
    return r.end() == r.start() + 1 && s.lowerIs(r.start(), "ketiga") && s.lowerIs(r.start() - 1, "pihak")
        && s.lowerIs(r.start() - 2, "dana");
  }

  /**
   * A "se-" unit of time right after "kali" says how often, not how long: in {@code tiga kali sehari},
   * {@code dua kali seminggu}, chat's {@code 2x seminggu}, {@code sekali sebulan} there is no duration (the times count); nor right
   * before "sekali": {@code setahun sekali} is "once a year".
   */
  private static boolean isFrequency(Scan s, Reading r) {
    return r.type() == FigureType.DURATION && r.end() == r.start() + 1 && s.atom(r.start()).startsWithSe()
        && (s.lowerIs(r.start() - 1, "kali") || s.lowerIs(r.start() - 1, "sekali") || s.lowerIs(r.end(), "sekali")
            || s.lowerIs(r.start() - 1, "x") && !s.atom(r.start() - 1).spaceBefore); // chat's "2x seminggu"
  }

  /**
   * A duration whose unit of time takes a rank after it: in {@code Liga 1 Pekan Ke-14} the week is the
   * fourteenth and the 1 belongs to the name before; a rank glued to {@code ke-} only ({@code 2 tahun
   * ke depan} is the next two years).
   */
  private static boolean isUnitOfRank(Scan s, Reading r) {
    if (r.type() != FigureType.DURATION) {
      return false;
    }
    Atom next = s.atomOrNull(r.end());
    return next != null && next.length() >= 4 && (next.charAt(0) | 0x20) == 'k' && (next.charAt(1) | 0x20) == 'e'
        && next.charAt(2) == '-' && Character.isDigit(next.charAt(3));
  }

  /**
   * A small number of plain digits right after a product model's name is part of the name, in any
   * case, when nothing counted follows it or a model's suffix does: {@code nmax 155 buat harian},
   * {@code ios 26}, {@code iphone 16 pro}. A unit, a classifier or a noun after it still counts
   * ({@code Avanza 300 unit}, {@code twitter 280 karakter}).
   */
  private static boolean isModelNumber(Lexicon lx, Scan s, Reading r) {
    if (r.type() != FigureType.COUNT || r.unit() != null || r.start() == 0 || r.end() != r.start() + 1) {
      return false;
    }
    Atom a = s.atom(r.start());
    Atom prev = s.atom(r.start() - 1);
    if (!a.isPlainDigits() || a.length() > 4 || !prev.isWord()) {
      return false;
    }
    Atom next = s.atomOrNull(r.end());
    if (isModelSequel(lx, s, r, prev, next)) {
      return true;
    }
    if (!ProductModels.isModel(prev.lower())) {
      return false;
    }
    return next == null || !next.isWord() || MODEL_SUFFIXES.contains(next.lower())
        || ObjectFinder.find(lx, s, r.end(), s.size()) == null;
  }

  /**
   * Whether a number after a word is a model's number by what follows or precedes it, whatever the
   * word: a model's suffix ({@code infinix gt 30 pro}), a chip's generation ({@code snapdragon 8 gen 3}),
   * or the generation itself ({@code gen 3}). Not after a function word ({@code dari 30 pro}).
   */
  private static boolean isModelSequel(Lexicon lx, Scan s, Reading r, Atom prev, Atom next) {
    if (prev.lower().equals("gen")) {
      return s.atom(r.start()).length() <= 2;
    }
    if (next == null || !next.isWord() || lx.stopWords.contains(prev.lower()) || QUALIFIER_LIKE.contains(prev.lower())) {
      return false;
    }
    // not "plus" ("68 plus minus 3 persen", "2 plus 2")
    return MODEL_SUFFIXES.contains(next.lower()) && !next.lower().equals("plus") && !s.lowerIs(r.end() + 1, "-")
        || next.lower().equals("gen") && s.atomOrNull(r.end() + 1) != null && s.atom(r.end() + 1).isPlainDigits();
  }

  /** Words before a count that make it one, not a model's number ("sebanyak 30 pro"). */
  private static final Set<String> QUALIFIER_LIKE = Set.of("sebanyak", "hanya", "cuma", "total", "sekitar", "ada");

  /** Words that end a model's name after its number ("iPhone 16 Pro", "NMAX 155 Turbo"). */
  private static final Set<String> MODEL_SUFFIXES = Set.of("pro", "max", "plus", "ultra", "mini", "lite", "turbo",
      "neo", "abs", "cbs", "se", "fe", "connected", "hybrid", "sport");

  private static boolean isSalahSatu(Scan s, Reading r) {
    if (!s.lowerIs(r.start(), "satu")) {
      return false;
    }
    int prev = r.start() - 1;
    int next = r.end();
    // "per" right after satu alone ("satu per satu"), not after its classifier ("satu tablet per minggu")
    return s.lowerIs(prev, "salah") || s.lowerIs(prev, "satu") || s.lowerIs(next, "sama")
        || next == r.start() + 1 && s.lowerIs(next, "per") || s.lowerIs(next, "persatu");
  }
}
