package id.warta.figure;

import java.util.List;
import java.util.Objects;

/**
 * An amount restated in brackets, as contracts, budgets and official notices write it: {@code Rp
 * 2.450.000.000,- (dua miliar empat ratus lima puluh juta rupiah)} is one figure, its text running to
 * the closing bracket. The bracketed reading must have the same type, value and unit as the one
 * before it and fill the brackets; the rupiah's {@code ,-} may stand between. (A number alone
 * restated, {@code lima (5) unit}, is read as one number by {@link NumberReader}.) Stateless and
 * thread-safe.
 */
final class Restatements {
  private Restatements() {}

  /** Joins each reading of {@code in} to its restatement in brackets, in place; returns it. */
  static List<Reading> join(Scan s, List<Reading> in) {
    for (int k = in.size() - 2; k >= 0; k--) {
      Reading a = in.get(k);
      Reading b = in.get(k + 1);
      int open = Rates.isNoCents(s, a.end()) ? a.end() + 2 : a.end();
      if (s.lowerIs(open, "(") && b.start() == open + 1 && s.lowerIs(b.end(), ")") && same(a, b)) {
        in.set(k, a.withSpan(a.start(), b.end() + 1));
        in.remove(k + 1);
      }
    }
    return in;
  }

  private static boolean same(Reading a, Reading b) {
    return a.type() == b.type() && a.value() != null && b.value() != null && a.value().compareTo(b.value()) == 0
        && Objects.equals(a.unit(), b.unit()) && a.qualifier() == Qualifier.EXACT
        && b.qualifier() == Qualifier.EXACT;
  }
}
