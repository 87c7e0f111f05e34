package id.warta.figure;

import static id.warta.figure.Pattern.num;
import static id.warta.figure.Pattern.phrase;

import java.util.List;
import java.util.Set;

/**
 * QUANTITY rules: a number with a unit of measurement, normalized to a fixed code ({@code 5.000
 * meter persegi} is {@code m2}, {@code 150 km/jam} is {@code km/h}, {@code 1.500cc} is {@code cc}).
 * The measured object is attached afterwards. Immutable and thread-safe.
 */
final class QuantityRules {
  /** The unit of an earthquake magnitude, which measures no object. */
  static final String MAGNITUDE = "magnitude";

  /** The words before an earthquake's "M": "gempa M 5,6", "gempa susulan M4,1". */
  static final Set<String> QUAKE_WORDS = Set.of("gempa", "susulan");

  private QuantityRules() {}

  static List<Rule> rules(Lexicon lx) {
    return List.of(
        Rule.of("number with unit of measurement",
            m -> Reading.ofNum(FigureType.QUANTITY, m.start(), m.end(), m.num(0), (String) m.get(1)),
            num(), phrase(lx.units)),
        // "sekilo gula pasir", "seliter minyak": one unit, written with se- (after an amount it is its
        // rate: "Rp 12 ribu seliter", see Rates)
        Rule.of("one unit with se-", m -> oneUnit(lx, m),
            Pattern.word("sekilo", "sekilogram", "seliter", "semeter", "segram")),
        Rule.of("earthquake magnitude", m -> magnitude(m, 1),
            Pattern.context(Pattern.word("magnitudo", "bermagnitudo", "magnitude")), num()),
        Rule.of("earthquake magnitude in a bulletin", m -> magnitude(m, 2),
            Pattern.context(Pattern.word("mag")), Pattern.context(Pattern.word(":")), num()),
        Rule.of("earthquake magnitude after gempa M", m -> magnitude(m, 2),
            Pattern.context(Pattern.word(QUAKE_WORDS)), Pattern.context(Pattern.word("m")), num()),
        Rule.of("fraction with unit of measurement",
            m -> fraction(m, (Integer) m.get(0), (Integer) m.get(2), (String) m.get(3)),
            Pattern.integer(1, 9), Pattern.word("/"), Pattern.integer(2, 10), phrase(lx.units)),
        // "varian 12/256 GB", "hp 8/128 gb": memory and storage of a phone, the unit written once;
        // the rule reads the first size, the second is read on its own
        Rule.of("memory and storage sizes",
            m -> memoryPair(m, (Integer) m.get(0), (Integer) m.get(2), (String) m.get(3)),
            Pattern.integer(1, 64), Pattern.word("/"), Pattern.integer(16, 4096), phrase(lx.units)),
        // "tekanan darah 160/100 mmHg": the systolic and the diastolic pressure, the unit written once;
        // the rule reads the first, the second is read on its own
        Rule.of("blood pressure",
            m -> pressurePair(m, (Integer) m.get(0), (Integer) m.get(2), (String) m.get(3)),
            Pattern.integer(50, 300), Pattern.word("/"), Pattern.integer(30, 200), phrase(lx.units)));
  }

  /** One unit of the se- word of the match, unless the word after an amount is that amount's rate. */
  private static Reading oneUnit(Lexicon lx, Pattern.Match m) {
    Scan s = m.scan;
    Atom prev = s.atomOrNull(m.start() - 1);
    if (prev != null && (prev.isNumber() || s.mayBeIn(m.start() - 1, KeyIndex.SCALES)
        || s.mayBeIn(m.start() - 1, KeyIndex.WORD_SCALES) || s.num(m.start() - 1) != null)) {
      return null;
    }
    String unit = lx.seUnit(s.atom(m.start()));
    NumberReader.Num one = new NumberReader.Num(m.start(), m.end(), java.math.BigDecimal.ONE, null,
        java.math.BigDecimal.ONE, false, true, false, false);
    return unit == null ? null : Reading.ofNum(FigureType.QUANTITY, m.start(), m.end(), one, unit);
  }

  /** The first of two blood pressures written with a slash before one "mmHg", the higher one. */
  private static Reading pressurePair(Pattern.Match m, int a, int b, String unit) {
    return !"mmHg".equals(unit) || a <= b ? null : firstOfPair(m, a, unit);
  }

  /** The first number {@code a} of a pair written with one unit after the second: a figure of its own. */
  private static Reading firstOfPair(Pattern.Match m, int a, String unit) {
    NumberReader.Num n = new NumberReader.Num(m.start(), m.start() + 1, java.math.BigDecimal.valueOf(a), null,
        java.math.BigDecimal.ONE, false, false, false, false);
    return Reading.ofNum(FigureType.QUANTITY, m.start(), m.start() + 1, n, unit);
  }

  /** The units of memory and storage that {@code 12/256 GB} shares between its two sizes. */
  private static final Set<String> STORAGE_UNITS = Set.of("GB", "TB");

  /** The first of two sizes written glued with a slash before one storage unit, the second a power of two. */
  private static Reading memoryPair(Pattern.Match m, int a, int b, String unit) {
    Scan s = m.scan;
    if (!STORAGE_UNITS.contains(unit) || a >= b || Integer.bitCount(b) != 1 || s.atom(m.starts[1]).spaceBefore
        || s.atom(m.starts[2]).spaceBefore) {
      return null;
    }
    return firstOfPair(m, a, unit);
  }

  /** The magnitude read by element {@code k}, a single number: the number alone is the figure. */
  private static Reading magnitude(Pattern.Match m, int k) {
    return m.num(k).isRange() ? null : Reading.ofNum(FigureType.QUANTITY, m.start(), m.end(), m.num(k), MAGNITUDE);
  }

  /** "1/2 liter", "3/4 kg": a fraction written with a slash, glued, before a unit. */
  private static Reading fraction(Pattern.Match m, int a, int b, String unit) {
    NumberReader.Num n = fraction(m, a, b);
    return n == null ? null : Reading.ofNum(FigureType.QUANTITY, m.start(), m.end(), n, unit);
  }

  /**
   * The fraction {@code a/b} of elements 0 to 2 of {@code m}, written glued and less than one, to four
   * decimals as spelled fractions are ({@code 1/3} = 0.3333); null when it is none.
   */
  static NumberReader.Num fraction(Pattern.Match m, int a, int b) {
    Scan s = m.scan;
    if (a >= b || s.atom(m.starts[1]).spaceBefore || s.atom(m.starts[2]).spaceBefore) {
      return null;
    }
    java.math.BigDecimal v = java.math.BigDecimal.valueOf(a)
        .divide(java.math.BigDecimal.valueOf(b), 4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return new NumberReader.Num(m.start(), m.ends[2], v, null, java.math.BigDecimal.ONE, false, false, false, false);
  }
}
