package id.warta.figure;

import java.math.BigDecimal;

/**
 * What a rule read, before qualifiers, ranges, rates and objects are attached: the type, the atoms
 * of the figure's span, and exactly one of value, range and ISO string.
 *
 * @param type the dimension
 * @param start first atom of the figure's text
 * @param end atom after the figure's text
 * @param value the number, or null
 * @param range the range, or null
 * @param iso the ISO-8601 value, or null
 * @param unit the unit code, or null
 * @param qualifier the qualifier so far ({@link Qualifier#APPROX} for "-an" magnitudes)
 */
record Reading(FigureType type, int start, int end, BigDecimal value, Figure.Range range, String iso,
               String unit, Qualifier qualifier) {

  /** {@code v} without trailing zeros and never in exponent form: 4.17e12, not 4170000000000.00. */
  static BigDecimal normalize(BigDecimal v) {
    if (v == null || v.scale() == 0) {
      return v;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** A number or range reading from a {@link NumberReader.Num}. */
  static Reading ofNum(FigureType type, int start, int end, NumberReader.Num n, String unit) {
    return new Reading(type, start, end,
        n.isRange() ? null : normalize(n.value()),
        n.isRange() ? new Figure.Range(normalize(n.value()), normalize(n.max())) : null,
        null, unit, n.approx() ? Qualifier.APPROX : Qualifier.EXACT);
  }

  /** An ISO-valued reading (dates, durations). */
  static Reading ofIso(FigureType type, int start, int end, String iso, String unit, Qualifier q) {
    return new Reading(type, start, end, null, null, iso, unit, q);
  }

  Reading withSpan(int newStart, int newEnd) {
    return new Reading(type, newStart, newEnd, value, range, iso, unit, qualifier);
  }

  Reading withUnit(String newUnit) {
    return new Reading(type, start, end, value, range, iso, newUnit, qualifier);
  }

  Reading withQualifier(Qualifier q) {
    return new Reading(type, start, end, value, range, iso, unit, q);
  }

  Reading withRange(Figure.Range r) {
    return new Reading(type, start, end, null, r, null, unit, qualifier);
  }

  Reading withIso(String newIso) {
    return new Reading(type, start, end, null, null, newIso, unit, qualifier);
  }
}
