package id.warta.figure;

import java.util.List;
import java.util.Set;

/**
 * A list of values written with the unit once, after its last value: in {@code 15 dan 12 persen}
 * the 15 is a percentage too, in {@code sekitar 6,3 dan 6,5 persen} the 6,3, in {@code 3, 5 atau 7
 * unit} the 3 and the 5 count units, in {@code 1,2 dan 1,5 triliun rupiah} the 1,2 is 1.2e12 rupiah.
 * A bare count right before a joiner ({@code dan}, {@code atau}, a comma, a comma and {@code
 * dan}/{@code atau}) takes the type, unit and scale of the value after it (which may have taken them
 * from the next). Stateless and thread-safe.
 */
final class Lists {
  private Lists() {}

  /** The words that join the values of a list. */
  static final Set<String> JOINERS = Set.of("dan", "atau", ",");

  /** Gives each bare value of a list of {@code in} the unit of the value after it, in place; returns it. */
  static List<Reading> attach(Scan s, List<Reading> in) {
    for (int k = in.size() - 2; k >= 0; k--) {
      Reading a = in.get(k);
      Reading b = in.get(k + 1);
      if (a.type() == FigureType.COUNT && a.unit() == null && a.value() != null && b.value() != null
          && b.unit() != null && joined(s, a.end(), b.start())
          && (b.type() == FigureType.PERCENT || b.type() == FigureType.MONEY || b.type() == FigureType.QUANTITY
              || b.type() == FigureType.COUNT)) {
        NumberReader.Num first = s.num(a.start());
        NumberReader.Num second = Changes.numberOf(s, b);
        if (first != null && first.scaled() && (second == null || second.scale().compareTo(first.scale()) != 0)) {
          continue; // "100 juta, dan 60 persen": a value with a scale of its own is whole
        }
        Reading shared = Changes.share(s, a, b);
        if (shared != null) {
          in.set(k, shared);
        }
      }
    }
    return in;
  }

  /** Whether atoms {@code [from, to)} are one joiner, or a comma and "dan" or "atau". */
  private static boolean joined(Scan s, int from, int to) {
    if (to == from + 1) {
      return s.lowerIn(from, JOINERS);
    }
    return to == from + 2 && s.lowerIs(from, ",") && (s.lowerIs(from + 1, "dan") || s.lowerIs(from + 1, "atau"));
  }
}
