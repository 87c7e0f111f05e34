package id.warta.figure;

import static id.warta.figure.Pattern.num;
import static id.warta.figure.Pattern.phrase;

import java.util.List;

/**
 * COUNT rules: a number with a classifier ({@code 34.000 unit}, {@code 12 ekor}) or a bare number
 * ({@code 300 perusahaan}, {@code mencapai 34.000}). The counted object is attached afterwards; a
 * bare spelled number without an object is dropped ("dua di antaranya"). Immutable and thread-safe.
 */
final class CountRules {
  private CountRules() {}

  static List<Rule> rules(Lexicon lx) {
    return List.of(
        Rule.of("number with classifier",
            m -> Reading.ofNum(FigureType.COUNT, m.start(), m.end(), m.num(0), (String) m.get(1)),
            num(), phrase(lx.classifiers)),
        Rule.of("bare number",
            m -> Reading.ofNum(FigureType.COUNT, m.start(), m.end(), m.num(0), null),
            num()));
  }
}
