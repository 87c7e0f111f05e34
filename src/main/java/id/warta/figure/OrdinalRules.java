package id.warta.figure;

import static id.warta.figure.Pattern.regex;
import static id.warta.figure.Pattern.word;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;

/**
 * ORDINAL rules: {@code ke-3}, {@code ketiga}, {@code pertama}. A spelled "ke-" word is read as a
 * rank only where it is one: "tahap kedua", "yang ketiga", "untuk kedua kalinya", "Kedua, ...";
 * before a noun at the start of a clause or after a preposition it means "both" or "all three"
 * ("kedua negara", "antara ketiga tersangka") and is not a figure. Immutable and thread-safe.
 */
final class OrdinalRules {
  private OrdinalRules() {}

  private static final Map<String, Integer> SPELLED = Map.ofEntries(
      Map.entry("kesatu", 1), Map.entry("kedua", 2), Map.entry("ketiga", 3), Map.entry("keempat", 4),
      Map.entry("kelima", 5), Map.entry("keenam", 6), Map.entry("ketujuh", 7), Map.entry("kedelapan", 8),
      Map.entry("kesembilan", 9), Map.entry("kesepuluh", 10), Map.entry("kesebelas", 11),
      Map.entry("keseratus", 100), Map.entry("keseribu", 1000));

  /**
   * Nouns of the parties to something, after which "kedua" or "ketiga" means both or all three even
   * after another noun: "pertemuan puncak kedua negara" is the summit of both countries.
   */
  private static final Set<String> PARTIES = Set.of("negara", "pihak", "belah", "tim", "klub", "pasangan", "kubu",
      "tersangka", "terdakwa", "korban", "pemimpin", "kepala", "calon", "kandidat", "pemain", "petinju", "delegasi",
      "kota", "provinsi", "bank", "perusahaan", "lembaga", "partai", "kelompok", "anak", "orang", "kampus",
      "sekolah", "instansi", "institusi", "organisasi", "kementerian", "pemerintah", "maskapai");

  /** Words of rank, after which a ke- word is a rank even before a noun of parties. */
  private static final Set<String> RANK_WORDS = Set.of("peringkat", "urutan", "posisi", "juara", "ranking", "rangking");

  /** Superlatives before a rank: "produsen terbesar ketujuh dunia" (ter- words are else read as verbs). */
  private static final Set<String> SUPERLATIVES = Set.of("terbesar", "terbanyak", "tertinggi", "terendah", "terluas",
      "terpanjang", "terkaya", "terpadat", "tercepat", "terbaik", "terkecil", "termahal", "termurah", "terpopuler",
      "terkuat", "terlaris", "terpanas", "terdingin", "terparah", "terlama", "terberat", "terburuk");

  /** Words after a ke- word that are no noun it could count (nor are {@link #SUPERLATIVES}). */
  private static final Set<String> NOT_NOUNS = Set.of("nya", "berturut-turut");

  /** The scale words a milestone rank is written with ("ke-10 juta"). */
  private static final Map<String, BigDecimal> MILESTONE_SCALES = Map.of("ribu", new BigDecimal("1000"),
      "juta", new BigDecimal("1000000"), "miliar", new BigDecimal("1000000000"));

  private static final java.util.regex.Pattern KE_DIGITS = java.util.regex.Pattern.compile("(?:[Kk]e|KE)-(\\d{1,3}(?:\\.\\d{3})+|\\d{1,6})");

  /** Roman numerals of two letters or more, up to 39 (one letter is too often a name: "Generasi X"). */
  private static final java.util.regex.Pattern ROMAN =
      java.util.regex.Pattern.compile("X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}");

  /** The roman numerals of {@link #ROMAN} in lower case, the keys its rule starts at. */
  static final Set<String> ROMAN_KEYS = romanKeys();

  private static Set<String> romanKeys() {
    Set<String> out = new java.util.HashSet<>();
    for (int v = 2; v <= 39; v++) {
      String r = roman(v);
      if (r.length() >= 2) {
        out.add(r.toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }

  /** {@code v}, 1 to 39, in roman numerals. */
  static String roman(int v) {
    String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return "X".repeat(v / 10) + ones[v % 10];
  }

  /** "menit ke-90+4": minute 94, the plus and the added minutes glued; only after "menit". */
  private static Reading stoppageTime(Pattern.Match m) {
    Scan s = m.scan;
    if (!s.lowerIs(m.start() - 1, "menit") || s.atom(m.starts[1]).spaceBefore || s.atom(m.starts[2]).spaceBefore) {
      return null;
    }
    BigDecimal minute = keNumber(m);
    return Reading.ofNum(FigureType.ORDINAL, m.start(), m.end(), exact(minute.add(BigDecimal.valueOf((Integer) m.get(2)))), null);
  }

  /** Whether {@code a} is a roman numeral of two letters or more (only the roman rule reads those as ordinals). */
  private static boolean isRoman(Atom a) {
    char c = a.charAt(0);
    return a.length() >= 2 && (c == 'X' || c == 'V' || c == 'I') && a.isWord();
  }

  /** The value of a roman numeral of {@link #ROMAN}. */
  private static int romanValue(String r) {
    int v = 0;
    for (int k = 0; k < r.length(); k++) {
      int d = r.charAt(k) == 'X' ? 10 : r.charAt(k) == 'V' ? 5 : 1;
      int next = k + 1 < r.length() ? (r.charAt(k + 1) == 'X' ? 10 : r.charAt(k + 1) == 'V' ? 5 : 1) : 0;
      v += d < next ? -d : d;
    }
    return v;
  }

  /**
   * "ke-XXII", "ke VIII": a roman numeral right after "ke" (and a hyphen) is a rank; elsewhere none.
   * The reading is of the numeral; {@link #spacedKe} takes in the "ke".
   */
  private static Reading roman(Pattern.Match m) {
    Scan s = m.scan;
    int i = m.start();
    int ke = s.lowerIs(i - 1, "-") ? i - 2 : i - 1;
    if (!s.lowerIs(ke, "ke")) {
      return null;
    }
    // the matcher keeps readings that start where the match does: spacedKe takes in the "ke"
    int v = romanValue(s.atom(i).text());
    return Reading.ofNum(FigureType.ORDINAL, i, m.end(), exact(BigDecimal.valueOf(v)), null);
  }

  /** The rank a spelled ordinal word names, or -1. */
  static int spelled(String lower) {
    // every spelled ordinal is "ke" and a number word: most words fail here, before the map
    if (lower.length() < 5 || lower.charAt(0) != 'k' || lower.charAt(1) != 'e') {
      return -1;
    }
    return SPELLED.getOrDefault(lower, -1);
  }

  /** One atom "ke-" and digits ("ke-3", "ke-100.000"), the first element of the rules of ranks in digits. */
  private static Pattern.Elem keDigits() {
    return regex(KE_DIGITS, null, id.warta.text.TokenKind.ALPHANUMERIC, a -> a.length() >= 4 && (a.charAt(0) == 'k' || a.charAt(0) == 'K'));
  }

  /** The number of the {@link #keDigits} element that starts match {@code m}, without its thousands dots. */
  private static BigDecimal keNumber(Pattern.Match m) {
    return new BigDecimal(((MatchResult) m.get(0)).group(1).replace(".", ""));
  }

  static List<Rule> rules(Lexicon lx) {
    return List.of(
        Rule.of("ke- with digits",
            m -> Reading.ofNum(FigureType.ORDINAL, m.start(), m.end(), exact(keNumber(m)), null),
            keDigits()),
        // "pengunjung ke-10 juta", "mobil ke-1 juta": a milestone rank, its scale written as a word
        Rule.of("ke- with digits and a scale word",
            m -> Reading.ofNum(FigureType.ORDINAL, m.start(), m.end(),
                exact(keNumber(m).multiply(MILESTONE_SCALES.get((String) m.get(1)))), null),
            keDigits(),
            word(MILESTONE_SCALES.keySet())),
        // "menit ke-90+4": a minute of stoppage time, the 94th, written as the added minutes after a plus
        Rule.of("minute of stoppage time", OrdinalRules::stoppageTime,
            keDigits(),
            Pattern.word("+"), Pattern.integer(1, 30)),
        Rule.of("ke- with a number word, where it is a rank",
            m -> rank(lx, m),
            word(SPELLED.keySet())),
        // "Kongres ke-XXII", "Muktamar ke VIII": the rule starts at the numeral (romans are rare
        // in news, "ke" is not) and the reading takes the "ke" before it
        Rule.of("ke- with a roman numeral",
            m -> roman(m),
            regex(ROMAN, ROMAN_KEYS, id.warta.text.TokenKind.WORD, a -> a.length() >= 2)),
        Rule.of("pertama",
            m -> Reading.ofNum(FigureType.ORDINAL, m.start(), m.end(), exact(BigDecimal.ONE), null),
            word("pertama")));
  }

  /**
   * "depresi ke empat pada musim ini", "kali ke dua": "ke" written apart from a spelled number from
   * two to ten is a rank when nothing follows that could be counted (punctuation, a function word,
   * a derived verb, the end); "dibagi ke dua kelompok" counts groups. After a word that takes an
   * ordinal ({@code ordinal-nouns.txt}: "juara ke 3", "HUT ke 48", "hari ke 5 pencarian") it is a
   * rank whatever follows, in digits too; "perjalanan ke 3 kota" counts cities. Turns those bare
   * counts of {@code in} into ordinals, in place; returns it.
   */
  static List<Reading> spacedKe(Lexicon lx, Scan s, List<Reading> in) {
    int prevEnd = 0;
    for (int k = 0; k < in.size(); k++) {
      Reading r = in.get(k);
      if (r.type() == FigureType.ORDINAL && r.start() - 1 >= prevEnd && isRoman(s.atom(r.start()))) {
        int ke = s.lowerIs(r.start() - 1, "-") ? r.start() - 2 : r.start() - 1;
        in.set(k, Reading.ofNum(FigureType.ORDINAL, Math.max(ke, prevEnd), r.end(), exact(r.value()), null));
      } else if (r.type() == FigureType.COUNT && r.unit() == null && r.value() != null && r.start() - 1 >= prevEnd
          && s.lowerIs(r.start() - 1, "ke")) {
        NumberReader.Num n = s.num(r.start());
        int v = n == null || n.end() != r.end() || n.approx() ? -1 : n.smallInt();
        boolean afterNoun = r.start() - 2 >= prevEnd && lx.ordinalNouns.contains(s.lower(r.start() - 2));
        Atom next = s.atomOrNull(r.end());
        if (v >= 1 && afterNoun || v >= 2 && v <= 10 && n.spelled() && r.end() - r.start() == 1
            && (next == null || next.isPunctuation() || lx.stopWords.contains(next.lower()) || isVerb(lx, next.lower()))) {
          in.set(k, Reading.ofNum(FigureType.ORDINAL, r.start() - 1, r.end(), exact(BigDecimal.valueOf(v)), null));
        }
      }
      prevEnd = in.get(k).end();
    }
    return in;
  }

  private static NumberReader.Num exact(BigDecimal v) {
    return new NumberReader.Num(0, 0, v, null, BigDecimal.ONE, false, false, false, false);
  }

  /** Whether {@code lower} looks like a derived verb and is not listed as a noun that only looks like one. */
  private static boolean isVerb(Lexicon lx, String lower) {
    return ObjectFinder.looksLikeVerb(lower) && !Boolean.TRUE.equals(lx.objectWords.get(lower));
  }

  private static Reading rank(Lexicon lx, Pattern.Match m) {
    Scan s = m.scan;
    int i = m.start();
    Atom next = s.atomOrNull(i + 1);
    Atom prev = s.atomOrNull(i - 1);
    boolean times = next != null && (next.lower().equals("kali") || next.lower().equals("kalinya"));
    // a noun before it makes a rank ("tahap kedua"); a verb does not ("mengatakan kedua ruas tol": both)
    boolean afterNoun = prev != null && prev.isWord()
        && (prev.lower().equals("yang") || SUPERLATIVES.contains(prev.lower())
            || !lx.stopWords.contains(prev.lower()) && !isVerb(lx, prev.lower()) || lx.timeUnits.match(s, i - 1) != null);
    boolean beforeNoun = next != null && next.isWord() && !lx.stopWords.contains(next.lower())
        && !NOT_NOUNS.contains(next.lower()) && !SUPERLATIVES.contains(next.lower());
    // "peringkat kelima provinsi terkorup": after a word of rank it is one, whatever follows
    boolean parties = next != null && PARTIES.contains(next.lower()) && (prev == null || !prev.lower().equals("yang")
        && !RANK_WORDS.contains(prev.lower()));
    if (!times && (!afterNoun || parties) && beforeNoun) {
      return null;
    }
    int v = spelled(s.atom(i).lower().toLowerCase(Locale.ROOT));
    return Reading.ofNum(FigureType.ORDINAL, m.start(), m.end(), exact(BigDecimal.valueOf(v)), null);
  }
}
