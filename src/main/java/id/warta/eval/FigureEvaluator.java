package id.warta.eval;

import id.warta.figure.Figure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Scores figures against a {@link FigureGold}: span-overlap precision, recall and F1 (a system
 * figure matches the first unmatched gold figure of the same case whose span it overlaps), then,
 * on matched pairs, the accuracy of the type, value, unit, qualifier and object. Stateless and
 * thread-safe.
 */
public final class FigureEvaluator {
  private FigureEvaluator() {}

  /**
   * The scores.
   *
   * @param span span-overlap counts
   * @param matched matched pairs
   * @param type pairs with the same type
   * @param value pairs with the same value
   * @param unit pairs with the same unit
   * @param qualifier pairs with the same qualifier
   * @param object pairs with the same object
   * @param cases the number of cases
   * @param errors one line per missed, spurious or mismatched figure
   */
  public record Scores(Prf span, long matched, long type, long value, long unit, long qualifier, long object,
                       int cases, List<String> errors) {
    public Scores {
      errors = List.copyOf(errors);
    }

    static double ratio(long a, long b) {
      return b == 0 ? 0 : (double) a / b;
    }

    public double typeAccuracy() {
      return ratio(type, matched);
    }

    public double valueAccuracy() {
      return ratio(value, matched);
    }

    public double unitAccuracy() {
      return ratio(unit, matched);
    }

    public double qualifierAccuracy() {
      return ratio(qualifier, matched);
    }

    public double objectAccuracy() {
      return ratio(object, matched);
    }
  }

  /** Scores {@code system} (text and reference date to figures) on {@code gold}. */
  public static Scores evaluate(FigureGold gold, BiFunction<String, LocalDate, List<Figure>> system) {
    long correct = 0;
    long sys = 0;
    long gl = 0;
    long type = 0;
    long value = 0;
    long unit = 0;
    long qual = 0;
    long obj = 0;
    List<String> errors = new ArrayList<>();
    for (FigureGold.Case c : gold.cases()) {
      List<Figure> found = system.apply(c.text(), c.referenceDate());
      sys += found.size();
      gl += c.figures().size();
      boolean[] used = new boolean[found.size()];
      for (FigureGold.Expected e : c.figures()) {
        int hit = -1;
        for (int k = 0; k < found.size() && hit < 0; k++) {
          Figure f = found.get(k);
          if (!used[k] && f.start() < e.end() && e.start() < f.end()) {
            hit = k;
          }
        }
        if (hit < 0) {
          errors.add(c.source() + ": missed " + e.type() + " '" + e.text() + "'");
          continue;
        }
        used[hit] = true;
        correct++;
        Figure f = found.get(hit);
        String fv = value(f);
        boolean okType = f.type() == e.type();
        boolean okValue = fv.equals(e.value());
        boolean okUnit = Objects.equals(f.unit(), e.unit());
        boolean okQual = f.qualifier() == e.qualifier();
        boolean okObj = Objects.equals(f.object(), e.object());
        type += okType ? 1 : 0;
        value += okValue ? 1 : 0;
        unit += okUnit ? 1 : 0;
        qual += okQual ? 1 : 0;
        obj += okObj ? 1 : 0;
        if (!(okType && okValue && okUnit && okQual && okObj && f.text().equals(e.text()))) {
          errors.add(c.source() + ": '" + e.text() + "' expected " + e.type() + " " + e.value() + " " + e.unit() + " "
              + e.qualifier() + " obj=" + e.object() + " got '" + f.text() + "' " + f.type() + " " + fv + " " + f.unit()
              + " " + f.qualifier() + " obj=" + f.object());
        }
      }
      for (int k = 0; k < found.size(); k++) {
        if (!used[k]) {
          Figure f = found.get(k);
          errors.add(c.source() + ": spurious " + f.type() + " '" + f.text() + "' = " + value(f));
        }
      }
    }
    return new Scores(new Prf(correct, sys, gl), correct, type, value, unit, qual, obj, gold.cases().size(), errors);
  }

  /** A figure's value in the gold file's canonical form. */
  public static String value(Figure f) {
    if (f.value() != null) {
      return plain(f.value());
    }
    if (f.range() != null) {
      return "[" + plain(f.range().min()) + "," + plain(f.range().max()) + "]";
    }
    return f.iso();
  }

  private static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
