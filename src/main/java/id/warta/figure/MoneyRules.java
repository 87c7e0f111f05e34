package id.warta.figure;

import static id.warta.figure.Pattern.num;
import static id.warta.figure.Pattern.phrase;

import java.util.List;

/**
 * MONEY rules: an amount with a currency sign, code or name before or after it ({@code Rp9
 * triliun}, {@code USD2,4 miliar}, {@code 2,1 miliar dolar AS}). The unit is the ISO 4217 code.
 * An amount "per" a foreign currency without a currency of its own is a rupiah exchange rate
 * ({@code di level 16.200 per dolar AS} is {@code IDR/USD}). Rates ({@code Rp15.800 per USD}) and ranges ({@code Rp 250 juta-Rp 310 juta}) are attached
 * afterwards by {@link FigureExtractor}. Immutable and thread-safe.
 */
final class MoneyRules {
  private MoneyRules() {}

  /**
   * Whether a currency written before the number is a word rather than a sign or code: "Euro 5" is
   * an emission standard, while amounts put the currency name after the number (5 juta euro).
   */
  private static boolean isName(Pattern.Match m) {
    String t = m.scan.slice(m.starts[0], m.ends[0]);
    if (t.length() < 3 || t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (!Character.isLetter(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  static List<Rule> rules(Lexicon lx) {
    return List.of(
        // "goceng", "ceban": slang words that are amounts of money by themselves
        Rule.of("slang amount", m -> slang(lx, m),
            Pattern.word(lx.moneyWords.keySet())),
        Rule.of("currency sign or code before amount",
            m -> isName(m) ? null : Reading.ofNum(FigureType.MONEY, m.start(), m.end(), m.num(1), (String) m.get(0)),
            phrase(lx.currencies), num()),
        Rule.of("exchange rate without the rupiah sign",
            m -> "IDR".equals(m.get(2)) ? null
                : Reading.ofNum(FigureType.MONEY, m.start(), m.end(), m.num(0), "IDR/" + m.get(2)),
            num(), Pattern.word("per"), phrase(lx.currencies)),
        Rule.of("amount before currency",
            m -> signBeforeAmount(m) ? null
                : Reading.ofNum(FigureType.MONEY, m.start(), m.end(), m.num(0), (String) m.get(1)),
            num(), phrase(lx.currencies)),
        Rule.of("cents before currency",
            m -> Reading.ofNum(FigureType.MONEY, m.start(), m.end(), cents(m.num(0)), (String) m.get(2)),
            num(), Pattern.word(CENTS), phrase(lx.currencies)),
        // market reports give changes of dollar prices in cents: "naik 34 sen menjadi 81,20 dolar AS"
        Rule.of("cents of a dollar",
            m -> Reading.ofNum(FigureType.MONEY, m.start(), m.end(), cents(m.num(0)), "USD"),
            num(), Pattern.word(CENTS)));
  }

  /** The words of a hundredth of a currency unit, after an amount. */
  private static final java.util.Set<String> CENTS = java.util.Set.of("sen", "cent", "cents");

  /** An amount of cents as an amount of the currency unit. */
  private static NumberReader.Num cents(NumberReader.Num n) {
    return new NumberReader.Num(n.start(), n.end(), n.value().movePointLeft(2),
        n.isRange() ? n.max().movePointLeft(2) : null, n.scale(), n.approx(), n.spelled(), n.plain(), n.decade());
  }

  /**
   * Whether the currency of "amount before currency" is a sign or code written before the amount that
   * follows it, which is then its own: "CAT 1 Rp 2.750.000", "tahun 2007 Rp9.100" (a currency word
   * after an amount keeps it: "707 juta dolar AS 0,71 dolar AS per saham").
   */
  private static boolean signBeforeAmount(Pattern.Match m) {
    Scan s = m.scan;
    Atom next = s.atomOrNull(m.end());
    if (next == null || !next.isNumber() || m.ends[1] - m.starts[1] != 1) {
      return false;
    }
    String c = s.atom(m.starts[1]).text();
    if (c.length() > 4) {
      return false;
    }
    // Rp, Rp., US$, €, IDR, USD: a sign, or a code in capitals (not a word such as Euro or yen)
    boolean sign = c.regionMatches(true, 0, "rp", 0, 2);
    for (int k = 0; k < c.length() && !sign; k++) {
      sign = !Character.isLetter(c.charAt(k));
    }
    return sign || c.equals(c.toUpperCase(java.util.Locale.ROOT)) && c.length() >= 2;
  }

  /** "goceng" is 5,000 rupiah; not as a name ("Warung Goceng" inside a sentence). */
  private static Reading slang(Lexicon lx, Pattern.Match m) {
    Atom a = m.scan.atom(m.start());
    Lexicon.MoneyWord w = lx.moneyWords.get(a.lower());
    if (w == null || a.isCapitalized() && !m.scan.opensSentence(m.start())) {
      return null;
    }
    NumberReader.Num n = new NumberReader.Num(m.start(), m.end(), w.amount(), null, java.math.BigDecimal.ONE, false,
        true, false, false);
    return Reading.ofNum(FigureType.MONEY, m.start(), m.end(), n, w.currency());
  }
}
