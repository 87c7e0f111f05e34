package id.warta.figure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure found in text: an amount with its type, value, unit, qualifier and the object it counts
 * or measures. Exactly one of {@code value}, {@code range} and {@code iso} is set, depending on the
 * figure: a single number, a {@code [min, max]} range, or an ISO-8601 string (dates, durations,
 * unresolved deictic dates such as {@code -P1W}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the dimension
 * @param text the figure as written ({@code original.substring(start, end)})
 * @param start offset of the first character
 * @param end offset after the last character
 * @param value the number, or {@code null}
 * @param range the range, or {@code null}
 * @param iso the ISO-8601 value, or {@code null}
 * @param unit a unit code ({@code IDR}, {@code USD}, {@code m2}, {@code km/h}, {@code unit}, {@code %}) or {@code null}
 * @param qualifier how the value relates to the amount
 * @param object the counted or measured noun phrase, or {@code null}
 * @param objectStart offset of the object, or -1
 * @param objectEnd offset after the object, or -1
 */
public record Figure(
    FigureType type, String text, int start, int end,
    BigDecimal value, Range range, String iso,
    String unit, Qualifier qualifier,
    String object, int objectStart, int objectEnd) {

  /** A closed range of values; either end may equal the other. */
  public record Range(BigDecimal min, BigDecimal max) {
    public Range {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
    }
  }

  public Figure {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(qualifier, "qualifier");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException("bad figure offsets " + start + ".." + end + " for '" + text + "'");
    }
    int set = (value != null ? 1 : 0) + (range != null ? 1 : 0) + (iso != null ? 1 : 0);
    if (set != 1) {
      throw new IllegalArgumentException("a figure has exactly one of value, range, iso: " + text);
    }
    if ((object == null) != (objectStart < 0) || (object != null && objectEnd - objectStart != object.length())) {
      throw new IllegalArgumentException("bad object span for " + text);
    }
  }
}
