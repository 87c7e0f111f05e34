package id.warta.figure;

import static id.warta.figure.Pattern.num;
import static id.warta.figure.Pattern.phrase;

import java.math.BigDecimal;
import java.util.List;

/**
 * DURATION rules: a number with a unit of time ({@code tiga tahun} is {@code P3Y}, {@code 2 jam} is
 * {@code PT2H}, {@code satu setengah tahun} is {@code P1.5Y}). A range of durations ({@code 3-5
 * tahun}) is a range with the unit code ({@code yr}). "X tahun lalu" is a date, see {@link DateRules}.
 * Immutable and thread-safe.
 */
final class DurationRules {
  private DurationRules() {}

  static List<Rule> rules(Lexicon lx) {
    return List.of(
        Rule.of("number with unit of time",
            m -> duration(m.start(), m.end(), m.num(0), (Lexicon.TimeUnit) m.get(1)),
            num(), phrase(lx.timeUnits)));
  }

  static Reading duration(int start, int end, NumberReader.Num n, Lexicon.TimeUnit tu) {
    if (n.isRange()) {
      return Reading.ofNum(FigureType.DURATION, start, end, n, tu.code());
    }
    String iso = iso(n.value(), tu, "");
    if (iso == null) {
      return null;
    }
    return Reading.ofIso(FigureType.DURATION, start, end, iso, tu.code(), n.approx() ? Qualifier.APPROX : Qualifier.EXACT);
  }

  /** The ISO-8601 duration of {@code v} units of {@code tu}, with a sign prefix ("" or "-"). */
  static String iso(BigDecimal v, Lexicon.TimeUnit tu, String sign) {
    String d = tu.designator();
    BigDecimal years = switch (d) {
      case "DEC" -> v.multiply(BigDecimal.TEN);
      case "WINDU" -> v.multiply(BigDecimal.valueOf(8));
      case "CENT" -> v.multiply(BigDecimal.valueOf(100));
      default -> null;
    };
    if (years != null) {
      return sign + "P" + plain(years) + "Y";
    }
    if (d.startsWith("T")) {
      return sign + "PT" + plain(v) + d.substring(1);
    }
    return sign + "P" + plain(v) + d;
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
