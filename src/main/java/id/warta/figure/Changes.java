package id.warta.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A change written with the unit once, after its second number: in {@code dari 5,75 menjadi 6 persen}
 * the 5,75 is a percentage too, in {@code dari 1,2 menjadi 1,5 triliun rupiah} the 1,2 is 1.2e12
 * rupiah, in {@code dari 120 menjadi 150 orang} the 120 counts people. The first number, a bare
 * count after "dari", takes the type, unit and scale of the figure after "menjadi" or "ke". Stateless
 * and thread-safe.
 */
final class Changes {
  private Changes() {}

  /** The words between the two values of a change. */
  static final Set<String> TO = Set.of("menjadi", "ke", "jadi");

  /** Gives the bare first value of each change of {@code in} the unit of the second, in place; returns it. */
  static List<Reading> attach(Scan s, List<Reading> in) {
    for (int k = 0; k + 1 < in.size(); k++) {
      Reading a = in.get(k);
      Reading b = in.get(k + 1);
      if (a.type() == FigureType.COUNT && a.unit() == null && a.value() != null && b.value() != null
          && b.unit() != null && b.start() == a.end() + 1 && s.lowerIn(a.end(), TO) && s.lowerIs(a.start() - 1, "dari")
          && (b.type() == FigureType.PERCENT || b.type() == FigureType.MONEY || b.type() == FigureType.QUANTITY
              || b.type() == FigureType.COUNT)) {
        Reading shared = share(s, a, b);
        if (shared != null) {
          in.set(k, shared);
        }
      }
    }
    return in;
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
