package id.warta.figure;

import static id.warta.figure.Pattern.num;
import static id.warta.figure.Pattern.phrase;

import java.util.List;

/**
 * QUANTITY rules: a number with a unit of measurement, normalized to a fixed code ({@code 5.000
 * meter persegi} is {@code m2}, {@code 150 km/jam} is {@code km/h}, {@code 1.500cc} is {@code cc}).
 * The measured object is attached afterwards. Immutable and thread-safe.
 */
final class QuantityRules {
  private QuantityRules() {}

  static List<Rule> rules(Lexicon lx) {
    return List.of(
        Rule.of("number with unit of measurement",
            m -> Reading.ofNum(FigureType.QUANTITY, m.start(), m.end(), m.num(0), (String) m.get(1)),
            num(), phrase(lx.units)));
  }
}
