package id.warta.figure;

import static id.warta.figure.Pattern.num;
import static id.warta.figure.Pattern.word;

import java.util.List;

/**
 * PERCENT rules: {@code 6%}, {@code 6,5 persen}, percentage points ({@code 0,25 persen poin}, {@code 4,6 poin persen}, unit
 * {@code pp}) and basis points ({@code 25 basis poin}, unit {@code bp}). Immutable and thread-safe.
 */
final class PercentRules {
  private PercentRules() {}

  static List<Rule> rules(Lexicon lx) {
    Pattern.Elem percent = word("%", "persen", "prosen", "percent");
    return List.of(
        Rule.of("number with percentage points",
            m -> Reading.ofNum(FigureType.PERCENT, m.start(), m.end(), m.num(0), "pp"),
            num(), percent, word("poin")),
        // "turun 4,6 poin persen", as statistics offices also write it
        Rule.of("number with poin persentase or poin persen",
            m -> Reading.ofNum(FigureType.PERCENT, m.start(), m.end(), m.num(0), "pp"),
            num(), word("poin"), word("persentase", "persen")),
        Rule.of("number with basis points",
            m -> Reading.ofNum(FigureType.PERCENT, m.start(), m.end(), m.num(0), "bp"),
            num(), word("basis"), word("poin", "point")),
        Rule.of("number with bps",
            m -> Reading.ofNum(FigureType.PERCENT, m.start(), m.end(), m.num(0), "bp"),
            num(), word("bps", "bp")),
        Rule.of("number with percent sign or word",
            m -> Reading.ofNum(FigureType.PERCENT, m.start(), m.end(), m.num(0), "%"),
            num(), percent));
  }
}
