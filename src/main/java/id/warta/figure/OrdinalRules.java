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
      "kota", "provinsi", "bank", "perusahaan", "lembaga", "partai", "kelompok", "anak", "orang");

  /** Words of rank, after which a ke- word is a rank even before a noun of parties. */
  private static final Set<String> RANK_WORDS = Set.of("peringkat", "urutan", "posisi", "juara", "ranking", "rangking");

  private static final Set<String> NOT_NOUNS = Set.of("nya", "terbesar", "tertinggi", "terbanyak", "terendah", "berturut-turut");

  private static final java.util.regex.Pattern KE_DIGITS = java.util.regex.Pattern.compile("[Kk]e-(\\d{1,3}(?:\\.\\d{3})+|\\d{1,6})");

  /** The rank a spelled ordinal word names, or -1. */
  static int spelled(String lower) {
    // every spelled ordinal is "ke" and a number word: most words fail here, before the map
    if (lower.length() < 5 || lower.charAt(0) != 'k' || lower.charAt(1) != 'e') {
      return -1;
    }
    return SPELLED.getOrDefault(lower, -1);
  }

  static List<Rule> rules(Lexicon lx) {
    return List.of(
        Rule.of("ke- with digits",
            m -> Reading.ofNum(FigureType.ORDINAL, m.start(), m.end(), exact(new BigDecimal(((MatchResult) m.get(0)).group(1).replace(".", ""))), null),
            regex(KE_DIGITS, null, id.warta.text.TokenKind.ALPHANUMERIC, a -> a.length() >= 4 && (a.charAt(0) == 'k' || a.charAt(0) == 'K'))),
        Rule.of("ke- with a number word, where it is a rank",
            m -> rank(lx, m),
            word(SPELLED.keySet())),
        Rule.of("pertama",
            m -> Reading.ofNum(FigureType.ORDINAL, m.start(), m.end(), exact(BigDecimal.ONE), null),
            word("pertama")));
  }

  /**
   * "depresi ke empat pada musim ini", "kali ke dua": "ke" written apart from a spelled number from
   * two to ten is a rank when nothing follows that could be counted (punctuation, a function word,
   * a derived verb, the end); "dibagi ke dua kelompok" counts groups. Turns those bare counts of
   * {@code in} into ordinals, in place; returns it.
   */
  static List<Reading> spacedKe(Lexicon lx, Scan s, List<Reading> in) {
    int prevEnd = 0;
    for (int k = 0; k < in.size(); k++) {
      Reading r = in.get(k);
      NumberReader.Num n = s.num(r.start());
      if (r.type() == FigureType.COUNT && r.unit() == null && r.value() != null && r.end() - r.start() == 1
          && n != null && n.spelled() && r.start() - 1 >= prevEnd && s.lowerIs(r.start() - 1, "ke")) {
        int v = n.smallInt();
        Atom next = s.atomOrNull(r.end());
        if (v >= 2 && v <= 10 && (next == null || next.isPunctuation() || lx.stopWords.contains(next.lower())
            || isVerb(lx, next.lower()))) {
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
        && (prev.lower().equals("yang") || !lx.stopWords.contains(prev.lower()) && !isVerb(lx, prev.lower())
            || lx.timeUnits.match(s, i - 1) != null);
    boolean beforeNoun = next != null && next.isWord() && !lx.stopWords.contains(next.lower())
        && !NOT_NOUNS.contains(next.lower());
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
