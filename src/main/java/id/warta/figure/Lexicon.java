package id.warta.figure;

import id.warta.internal.DataFiles;
import id.warta.text.TokenKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bundled language data for figures, read once from {@code models/id/warta/figure/}: scale
 * words, number words, currencies, units, classifiers, time units, months, qualifiers, deictic
 * dates, identifier words, object stop words and modifiers, date words and year periods.
 *
 * <p>Immutable and thread-safe.
 */
final class Lexicon {
  /** A number word and its role (see number-words.txt). */
  record NumberWord(BigDecimal value, String role) {}

  /** An amount of money named by one word (see money-words.txt). */
  record MoneyWord(BigDecimal amount, String currency) {}

  /** A unit of time: its ISO-8601 designator and unit code. */
  record TimeUnit(String designator, String code) {}

  /** A month: its number and whether the surface is an abbreviation. */
  record Month(int number, boolean abbreviation) {}

  /** A qualifier word and where it stands. */
  record QualifierWord(Qualifier qualifier, boolean before) {}

  private static final class Bundled {
    static final Lexicon INSTANCE = new Lexicon();
  }

  final PhraseTable<BigDecimal> scales;
  final Map<String, NumberWord> numberWords;
  final PhraseTable<String> currencies;
  final PhraseTable<String> units;
  final PhraseTable<String> classifiers;
  final PhraseTable<TimeUnit> timeUnits;
  final Map<String, Month> months;
  final PhraseTable<QualifierWord> qualifiersBefore;
  final PhraseTable<QualifierWord> qualifiersAfter;
  final PhraseTable<String> deictic;
  final PhraseTable<Boolean> identifierWords;
  final Set<String> stopWords;
  /** Compound nouns that end with a number word, which is then no number ("kaki lima", "roda dua"). */
  final Set<String> numberCompounds;
  /** object-compounds.txt: "tempat tinggal", "dalam negeri", and the words of them that end objects otherwise. */
  final Set<String> objectCompounds;
  private final Set<String> objectCompoundWords;
  /** Words that may stand in an object although they look like verbs: true for nouns, false for modifiers. */
  final Map<String, Boolean> objectWords;
  final Set<String> dateWords;
  final Set<String> comparatives;
  /** Slang words that are amounts of money (money-words.txt): "goceng" is 5,000 rupiah. */
  final Map<String, MoneyWord> moneyWords;
  /** Words that take an ordinal: after them "ke" apart from a number is a rank ("juara ke 3"). */
  final Set<String> ordinalNouns;
  /** Months of other calendars (Hijri, Javanese), lowercase first words: "10 Muharram" is no count. */
  final Set<String> otherMonths;
  /** Day names, capitalized. */
  final Set<String> weekdays;
  /** The ISO day number (1 Monday .. 7 Sunday) of each day name. */
  final Map<String, Integer> weekdayNumbers;
  final PhraseTable<String> periodTable;
  /** The phrase tables above. */
  final List<PhraseTable<?>> tables;
  /** Which of the lists above each key may be in: the check before any lookup (see {@link KeyIndex}). */
  final KeyIndex keys;
  private final Set<String> gluedExact;
  private final Set<String> gluedLower;
  /** "per" glued to a unit ({@link #isGluedPer}), in lower case and capitalized, looked up in place. */
  private final TriggerTable gluedPer;
  /** Scale abbreviations of one letter, case-sensitive ({@code M}, {@code T}). */
  private final Set<String> letterScales;
  /** The first and the last words of the currencies, lowercased: a token next to a number that may be its currency. */
  private final Set<String> currencyFirstWords;
  private final Set<String> currencyLastWords;

  private Lexicon() {
    Class<?> c = Lexicon.class;
    scales = table(c, "scales.txt", 2, KeyIndex.SCALES, f -> new BigDecimal(f[1]));
    Map<String, NumberWord> nw = new HashMap<>();
    for (String[] f : fields(c, "number-words.txt", 3)) {
      nw.put(f[0].toLowerCase(Locale.ROOT), new NumberWord(new BigDecimal(f[1]), f[2]));
    }
    numberWords = Map.copyOf(nw);
    currencies = table(c, "currencies.txt", 2, KeyIndex.CURRENCIES, f -> f[1]);
    units = table(c, "units.txt", 2, KeyIndex.UNITS, f -> f[1]);
    classifiers = table(c, "classifiers.txt", 1, KeyIndex.CLASSIFIERS, f -> f.length > 1 ? f[1] : f[0].toLowerCase(Locale.ROOT));
    timeUnits = table(c, "time-units.txt", 3, KeyIndex.TIME_UNITS, f -> new TimeUnit(f[1], f[2]));
    Map<String, Month> ms = new HashMap<>();
    for (String[] f : fields(c, "months.txt", 2)) {
      Month m = new Month(Integer.parseInt(f[1]), f.length > 2 && f[2].equals("abbr"));
      ms.put(f[0], m);
      ms.put(f[0].toLowerCase(Locale.ROOT), m);
    }
    months = Map.copyOf(ms);
    List<PhraseTable.Entry<QualifierWord>> before = new ArrayList<>();
    List<PhraseTable.Entry<QualifierWord>> after = new ArrayList<>();
    for (String[] f : fields(c, "qualifiers.txt", 3)) {
      boolean b = f[2].equals("before");
      QualifierWord q = new QualifierWord(Qualifier.valueOf(f[1].toUpperCase(Locale.ROOT)), b);
      (b ? before : after).add(new PhraseTable.Entry<>(f[0], q, false));
    }
    qualifiersBefore = new PhraseTable<>(before, KeyIndex.QUALIFIERS_BEFORE);
    qualifiersAfter = new PhraseTable<>(after, KeyIndex.QUALIFIERS_AFTER);
    deictic = table(c, "deictic-dates.txt", 2, KeyIndex.DEICTIC, f -> f[1]);
    identifierWords = table(c, "identifier-words.txt", 1, KeyIndex.IDENTIFIER_WORDS, f -> Boolean.TRUE);
    stopWords = Set.copyOf(DataFiles.lines(c, "stop-words.txt"));
    numberCompounds = Set.copyOf(DataFiles.lines(c, "number-compounds.txt"));
    objectCompounds = Set.copyOf(DataFiles.lines(c, "object-compounds.txt"));
    Set<String> ocw = new HashSet<>();
    for (String compound : objectCompounds) {
      for (String w : compound.split(" ")) {
        if (w.equals("pertama") || stopWords.contains(w)) {
          ocw.add(w);
        }
      }
    }
    objectCompoundWords = Set.copyOf(ocw);
    Map<String, Boolean> ow = new HashMap<>();
    for (String[] f : fields(c, "object-words.txt", 2)) {
      if (!f[1].equals("noun") && !f[1].equals("modifier")) {
        throw new UncheckedIOException(new IOException("object-words.txt: role must be noun or modifier: " + f[1]));
      }
      ow.put(f[0], f[1].equals("noun"));
    }
    objectWords = Map.copyOf(ow);
    dateWords = Set.copyOf(DataFiles.lines(c, "date-words.txt"));
    comparatives = Set.copyOf(DataFiles.lines(c, "comparatives.txt"));
    Map<String, MoneyWord> mw = new HashMap<>();
    for (String[] f : fields(c, "money-words.txt", 3)) {
      mw.put(f[0].toLowerCase(Locale.ROOT), new MoneyWord(new BigDecimal(f[1]), f[2]));
    }
    moneyWords = Map.copyOf(mw);
    ordinalNouns = Set.copyOf(DataFiles.lines(c, "ordinal-nouns.txt"));
    otherMonths = Set.copyOf(DataFiles.lines(c, "other-months.txt"));
    Map<String, Integer> wd = new HashMap<>();
    for (String[] f : fields(c, "weekdays.txt", 2)) {
      wd.put(f[0], Integer.parseInt(f[1]));
    }
    weekdayNumbers = Map.copyOf(wd);
    weekdays = weekdayNumbers.keySet();
    periodTable = table(c, "periods.txt", 2, KeyIndex.PERIODS, f -> f[1]);
    Set<String> exact = new HashSet<>();
    Set<String> lower = new HashSet<>();
    Set<String> letters = new HashSet<>();
    for (String file : List.of("scales.txt", "currencies.txt", "units.txt")) {
      for (String[] f : fields(c, file, 1)) {
        if (f[0].indexOf(' ') < 0) {
          if (f.length > 2 && f[f.length - 1].equals("case")) {
            exact.add(f[0]);
            if (file.equals("scales.txt") && f[0].length() == 1 && Character.isUpperCase(f[0].charAt(0))) {
              // (a lower-case letter, chat's "k" of "50k", is glued without a currency)
              letters.add(f[0]);
            }
          } else {
            lower.add(f[0].toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    gluedExact = Set.copyOf(exact);
    letterScales = Set.copyOf(letters);
    Set<String> firstWords = new HashSet<>();
    Set<String> lastWords = new HashSet<>();
    for (String p : currencies.phrases()) {
      String[] w = p.toLowerCase(Locale.ROOT).split(" ");
      firstWords.add(w[0]);
      lastWords.add(w[w.length - 1]);
    }
    currencyFirstWords = Set.copyOf(firstWords);
    currencyLastWords = Set.copyOf(lastWords);
    lower.add("persen"); // 50persen
    lower.add("x"); // chat's "udah 3x": three times (a classifier, glued only)
    gluedLower = Set.copyOf(lower);
    tables = List.of(scales, currencies, units, classifiers, timeUnits, qualifiersBefore, qualifiersAfter, deictic,
        identifierWords, periodTable);
    KeyIndex k = KeyIndex.empty();
    for (PhraseTable<?> t : tables) {
      // each table under its own bit, and the atoms that may end one of its phrases under its end bit
      k = k.with(t.bit(), t.phrases()).with(t.bit() + KeyIndex.PHRASE_END, t.endKeys());
    }
    Set<String> perWords = new HashSet<>();
    for (PhraseTable<?> t : List.of(timeUnits, units, classifiers)) {
      for (String p : t.phrases()) {
        String u = p.toLowerCase(Locale.ROOT);
        // "perinci" (in detail) and "perikat" (binder) are words, not "per inci" and "per ikat"
        if (u.length() >= 3 && u.chars().allMatch(Character::isLetter) && !u.equals("inci") && !u.equals("ikat")) {
          perWords.add("per" + u);
          perWords.add("Per" + u);
          perWords.add("per-" + u); // "Rp 3.500 per-orang", as some writers hyphenate it
          perWords.add("Per-" + u);
        }
      }
    }
    perWords.add("perkapita");
    perWords.add("Perkapita");
    perWords.add("per-kapita");
    gluedPer = new TriggerTable(perWords);
    keys = k
        .with(KeyIndex.NUMBER_WORDS, numberWords.keySet())
        .with(KeyIndex.MONTHS, months.keySet())
        .with(KeyIndex.STOP_WORDS, stopWords)
        .with(KeyIndex.OBJECT_WORDS, objectWords.keySet())
        .with(KeyIndex.DATE_WORDS, dateWords)
        .with(KeyIndex.COMPARATIVES, comparatives)
        .with(KeyIndex.WEEKDAYS, weekdays)
        .with(KeyIndex.COMPOUND_FIRST, numberCompounds.stream().map(w -> w.substring(0, Math.max(0, w.indexOf(' ')))).toList());
  }

  /** The bundled lexicon (shared instance). */
  static Lexicon bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Whether the number word at atom {@code i} ends a compound noun with the word before it
   * ({@code pedagang kaki lima}, {@code kendaraan roda dua}): then it is no number, and part of an
   * object. Asked only of atoms that are number words.
   */
  boolean isNumberCompound(Scan s, int i) {
    // the word before is the first of some compound (one hash probe) before the pair is made and looked up
    return i > 0 && s.atom(i - 1).isWord() && s.mayBeIn(i - 1, KeyIndex.COMPOUND_FIRST)
        && numberCompounds.contains(s.lower(i - 1) + " " + s.lower(i));
  }
  /**
   * Whether the word {@code w} (lowercase) at atom {@code i}, which would end an object, is part of a
   * compound noun with the word before it or after it ({@code tempat tinggal}, {@code produk dalam
   * negeri}; object-compounds.txt): then the object runs on. Asked only of such words.
   */
  boolean isObjectCompound(Scan s, int i, String w) {
    if (!objectCompoundWords.contains(w)) {
      return false;
    }
    return i > 0 && s.atom(i - 1).isWord() && objectCompounds.contains(s.lower(i - 1) + " " + w)
        || i + 1 < s.size() && s.atom(i + 1).isWord() && objectCompounds.contains(w + " " + s.lower(i + 1));
  }

  /** Whether word {@code w} at atom {@code i} starts a compound of object-compounds.txt with the next word ("wajib pajak"). */
  boolean startsObjectCompound(Scan s, int i, String w) {
    return objectCompoundWords.contains(w) && i + 1 < s.size() && s.atom(i + 1).isWord()
        && objectCompounds.contains(w + " " + s.lower(i + 1));
  }


  /**
   * Where the hyphen is in a pair of spelled numbers, smaller first, that makes a range as one token
   * ({@code dua-tiga}, {@code empat-lima}, {@code Lima-sepuluh}), or -1 (also for a repetition such
   * as {@code satu-satu}, one by one). Only numbers up to eleven take part.
   */
  int spelledPairDash(String token) {
    int dash = token.indexOf('-');
    if (dash < 3 || dash > token.length() - 4) {
      return -1;
    }
    NumberWord a = numberWords.get(token.substring(0, dash).toLowerCase(Locale.ROOT));
    NumberWord b = numberWords.get(token.substring(dash + 1).toLowerCase(Locale.ROOT));
    return isSmallSpelled(a) && isSmallSpelled(b) && a.value().compareTo(b.value()) < 0 ? dash : -1;
  }

  private static boolean isSmallSpelled(NumberWord w) {
    return w != null && (w.role().equals("digit") || w.role().equals("teen")) && w.value().signum() > 0;
  }

  /** Every pair {@link #spelledPairDash} accepts, in lower case. */
  Set<String> spelledPairs() {
    Set<String> out = new HashSet<>();
    for (String a : numberWords.keySet()) {
      for (String b : numberWords.keySet()) {
        if (spelledPairDash(a + "-" + b) > 0) {
          out.add(a + "-" + b);
        }
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Whether the word {@code text[start, end)} is "per" glued to a unit of time, a unit or a
   * classifier, as informal writing has it ({@code pertahun}, {@code perbulan}, {@code perorang},
   * {@code perkilogram}): a rate, read by {@link Rates} as "per" and the unit, and the end of an
   * object. The unit must have three letters or more ({@code perlu}, {@code perut} are words), and
   * the words of the language that are such pairs are left out ({@code perinci}); {@code persen},
   * {@code persegi} and {@code pertama} are none ("sen", "segi" and "tama" are no units).
   */
  boolean isGluedPer(String text, int start, int end) {
    return gluedPer.contains(text, start, end);
  }

  /** Whether {@code word} is a month abbreviation as written ({@code Nov}, {@code Agt}). */
  boolean isMonthAbbreviation(String word) {
    return abbreviation(word) != null;
  }

  /** The month {@code word} abbreviates as written, capitalized ({@code Nov}), or null. */
  private Month abbreviation(String word) {
    Month m = word.isEmpty() || !Character.isUpperCase(word.charAt(0)) ? null : months.get(word);
    return m != null && m.abbreviation() ? m : null;
  }

  /** Whether {@code suffix} is a scale abbreviation of one letter ({@code M} miliar, {@code T} triliun). */
  boolean isLetterScale(String suffix) {
    return letterScales.contains(suffix);
  }

  /** Whether the token {@code text[start, end)} may be (the end of) a currency written before a number. */
  boolean mayEndCurrency(String text, int start, int end) {
    return currencyLastWords.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /** Whether the token {@code text[start, end)} may start a currency written after a number. */
  boolean mayStartCurrency(String text, int start, int end) {
    return currencyFirstWords.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /** The unit of time of a se- word ({@code sehari}: a day, {@code setahun}: a year), or null. */
  TimeUnit seTimeUnit(Atom a) {
    return a.startsWithSe() ? timeUnits.lookup(a.lower().substring(2)) : null;
  }

  /** The code of the unit of measurement of a se- word ({@code sekilo}: kg, {@code seliter}: l), or null. */
  String seUnit(Atom a) {
    return a.startsWithSe() ? units.lookup(a.lower().substring(2)) : null;
  }

  /**
   * The code of the classifier of a se- word ({@code sebungkus}: bungkus, {@code seporsi}: porsi), or
   * null; not {@code sekali} ("once", "very").
   */
  String seClassifier(Atom a) {
    if (!a.startsWithSe() || a.length() < 5) {
      return null;
    }
    String code = classifiers.lookup(a.lower().substring(2));
    return "kali".equals(code) ? null : code;
  }

  /** Whether {@code suffix}, glued after digits ({@code 150cc}, {@code 2,1M}), is a unit, scale or currency. */
  boolean isGluedSuffix(String suffix) {
    return gluedExact.contains(suffix) || gluedLower.contains(suffix.toLowerCase(Locale.ROOT));
  }

  /** The month atom {@code a} names, or null; full names only unless {@code abbreviations}. */
  Month month(Atom a, boolean abbreviations) {
    if (abbreviations && a.kind == TokenKind.ABBREVIATION && a.length() > 2 && a.charAt(a.length() - 1) == '.') {
      // an abbreviation with its full stop inside a sentence: "30 Nov. 2024", "5 Jan. mendatang"
      return abbreviation(a.text().substring(0, a.length() - 1));
    }
    if (!a.isWord() || !a.isCapitalized()) {
      return null;
    }
    Month m = months.get(a.text());
    if (m == null) {
      m = months.get(a.lower());
      boolean allCaps = a.text().equals(a.text().toUpperCase(Locale.ROOT));
      if (m == null || m.abbreviation() && allCaps
          || a.length() > 3 && !allCaps && !a.text().substring(1).equals(a.lower().substring(1))) {
        return null;
      }
    }
    return m.abbreviation() && !abbreviations ? null : m;
  }

  /**
   * The month atom {@code a} names in lower case, a full name only ({@code september}), or null: read
   * as a month only where the context says it is one (after "bulan", before a year or "lalu").
   */
  Month lowerMonth(Atom a) {
    return lowerMonth(a, false);
  }

  /** {@link #lowerMonth(Atom)}, abbreviations too ("des", "agu") when {@code abbreviations}. */
  Month lowerMonth(Atom a, boolean abbreviations) {
    if (!a.isWord() || a.length() < 3 || !a.text().equals(a.lower())) {
      return null;
    }
    Month m = months.get(Character.toUpperCase(a.lower().charAt(0)) + a.lower().substring(1));
    return m == null || m.abbreviation() && !abbreviations ? null : m;
  }

  /** The tab-separated fields of each line of a bundled file, checked to have at least {@code min}. */
  static List<String[]> fields(Class<?> owner, String name, int min) {
    List<String[]> out = new ArrayList<>();
    for (String line : DataFiles.lines(owner, name)) {
      String[] f = line.split("\t");
      if (f.length < min || f[0].isBlank()) {
        throw new UncheckedIOException(new IOException(name + ": expected " + min + " tab-separated fields: " + line));
      }
      out.add(f);
    }
    return out;
  }

  private interface Value<V> {
    V of(String[] fields);
  }

  private static <V> PhraseTable<V> table(Class<?> owner, String name, int min, int bit, Value<V> value) {
    List<PhraseTable.Entry<V>> entries = new ArrayList<>();
    for (String[] f : fields(owner, name, min)) {
      boolean exact = f.length > min && f[f.length - 1].equals("case");
      entries.add(new PhraseTable.Entry<>(f[0], value.of(f), exact));
    }
    return new PhraseTable<>(entries, bit);
  }
}
