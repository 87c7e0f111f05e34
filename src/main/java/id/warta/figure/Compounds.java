package id.warta.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * A measure written in two units, the larger first, as heights and weights are written: {@code 5
 * kaki 8 inci} is one QUANTITY in feet, {@code 3 kg 200 gram} 3.2 kg, {@code 1 meter 70 cm} 1.7 m.
 * Both parts must be plain numbers, the second smaller than one of the first unit, and nothing may
 * stand between them. (Durations in two units, {@code 2 jam 30 menit}, are read by their rules.)
 * Stateless and thread-safe.
 */
final class Compounds {
  private Compounds() {}

  /** By the first unit's code: the second unit's code and how many of it make one of the first. */
  private static final Map<String, Map<String, BigDecimal>> PARTS = Map.of(
      "ft", Map.of("in", BigDecimal.valueOf(12)),
      "m", Map.of("cm", BigDecimal.valueOf(100)),
      "km", Map.of("m", BigDecimal.valueOf(1000)),
      "kg", Map.of("g", BigDecimal.valueOf(1000)),
      "l", Map.of("ml", BigDecimal.valueOf(1000)));

  /** The codes of the units of length, whose sizes give every side the unit: "7 x 9 meter". */
  static final java.util.Set<String> LENGTHS = java.util.Set.of("m", "cm", "mm", "km", "in", "ft", "um", "nm");

  /**
   * The sides of a size written with the unit once, after the last ("7 x 9 meter", "20 x 30 x 10 cm"):
   * each bare count before "x" and a side in a unit of length becomes a length in that unit, in
   * place; returns {@code in}.
   */
  static List<Reading> sides(Scan s, List<Reading> in) {
    for (int k = in.size() - 2; k >= 0; k--) {
      Reading a = in.get(k);
      Reading b = in.get(k + 1);
      if (a.type() == FigureType.COUNT && a.unit() == null && a.value() != null && a.range() == null
          && b.type() == FigureType.QUANTITY && LENGTHS.contains(b.unit()) && b.start() == a.end() + 1
          && (s.lowerIs(a.end(), "x") || s.lowerIs(a.end(), "\u00d7"))) {
        in.set(k, new Reading(FigureType.QUANTITY, a.start(), a.end(), a.value(), null, null, b.unit(), a.qualifier()));
      }
    }
    return in;
  }

  /** Significant digits of a value that does not end (5 ft 8 in is 5.6666666667 ft). */
  private static final MathContext DIGITS = new MathContext(10);

  /** Joins each measure to the smaller unit written right after it, in place; returns it. */
  static List<Reading> join(List<Reading> in) {
    for (int k = in.size() - 2; k >= 0; k--) {
      Reading a = in.get(k);
      Reading b = in.get(k + 1);
      if (a.type() != FigureType.QUANTITY || b.type() != FigureType.QUANTITY || b.start() != a.end()
          || a.value() == null || b.value() == null || a.qualifier() != Qualifier.EXACT
          || b.qualifier() != Qualifier.EXACT) {
        continue;
      }
      Map<String, BigDecimal> parts = PARTS.get(a.unit());
      BigDecimal per = parts == null ? null : parts.get(b.unit());
      if (per == null || b.value().signum() <= 0 || b.value().compareTo(per) >= 0 || a.value().signum() < 0) {
        continue;
      }
      BigDecimal v = a.value().add(b.value().divide(per, DIGITS));
      in.set(k, new Reading(FigureType.QUANTITY, a.start(), b.end(), Reading.normalize(v), null, null, a.unit(),
          Qualifier.EXACT));
      in.remove(k + 1);
    }
    return in;
  }
}
