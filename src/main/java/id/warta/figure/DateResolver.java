package id.warta.figure;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;

/**
 * Resolves the relative values {@link DateRules} produce against a reference (publication) date:
 * {@code XXXX-07-04} takes the reference year, {@code -P1D} becomes the day before, {@code -P1W} the
 * ISO week before ({@code 2024-W10}), {@code P1M} the next month ({@code 2024-04}), {@code -P3Y}
 * the year three years before. Stateless and thread-safe.
 */
final class DateResolver {
  private DateResolver() {}

  private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile("(-?)P(\\d+)([DWMY])");
  /** An offset in hours, minutes or seconds ("4 jam lalu", {@code -PT4H}): resolved to the day it lands on, counting from the day's end. */
  private static final java.util.regex.Pattern TIME_OFFSET = java.util.regex.Pattern.compile("(-?)PT(\\d{1,6})([HMS])");

  /**
   * The value of {@code iso} on {@code ref}; {@code hint} is {@link DateRules#PAST}, {@link
   * DateRules#FUTURE}, {@link DateRules#THIS_WEEK} or another hint of {@link DateRules}, or null.
   */
  static String resolve(String iso, String hint, LocalDate ref) {
    if (iso.startsWith("XXXX-WXX-") && iso.length() == 10 && hint != null) {
      // a day name: the last such day before the reference date, or the next one after it
      int day = iso.charAt(9) - '0';
      if (hint.equals(DateRules.THIS_WEEK)) {
        return ref.with(java.time.DayOfWeek.of(day)).toString(); // "Jumat ini": the Friday of this week
      }
      int step = hint.equals(DateRules.PAST) ? -1 : 1;
      LocalDate d = ref.plusDays(step);
      while (d.getDayOfWeek().getValue() != day) {
        d = d.plusDays(step);
      }
      return d.toString();
    }
    if (iso.startsWith("XXXX") && hint != null && hint.startsWith("Y")) {
      // a date with a deictic year: "Februari tahun lalu" is February of the year before
      int offset = Integer.parseInt(hint.substring(1));
      return iso.replace("XXXX", String.format("%04d", ref.getYear() + offset));
    }
    if (iso.startsWith("XXXX")) {
      int year = ref.getYear();
      if (hint != null && iso.length() >= 7 && Character.isDigit(iso.charAt(5))) {
        // "Desember lalu": the last December before the reference month; "31 Oktober lalu", "23 Juni
        // mendatang": the last or next such day, compared by month and day
        int month = Integer.parseInt(iso.substring(5, 7));
        // a range of days ("14-16 Oktober mendatang", XXXX-10-14/XXXX-10-16) by its first day
        boolean withDay = iso.length() >= 10 && (iso.length() == 10 || iso.charAt(10) == '/') && Character.isDigit(iso.charAt(8));
        int cmp = withDay
            ? Integer.compare(month * 100 + Integer.parseInt(iso.substring(8, 10)), ref.getMonthValue() * 100 + ref.getDayOfMonth())
            : Integer.compare(month, ref.getMonthValue());
        if (hint.equals(DateRules.PAST) && cmp >= 0) {
          year--;
        } else if (hint.equals(DateRules.FUTURE) && cmp <= 0) {
          year++;
        }
      }
      return iso.replace("XXXX", String.format("%04d", year));
    }
    Matcher t = TIME_OFFSET.matcher(iso);
    if (t.matches()) {
      // the reference is a day without a time: "4 jam lalu" is that day, "30 jam lalu" the day before
      long seconds = Long.parseLong(t.group(2)) * (t.group(3).equals("H") ? 3600 : t.group(3).equals("M") ? 60 : 1);
      long days = seconds / 86400;
      return ref.plusDays(t.group(1).isEmpty() ? days : -days).toString();
    }
    Matcher m = OFFSET.matcher(iso);
    if (!m.matches()) {
      return iso;
    }
    long n = Long.parseLong(m.group(2));
    if (n > 10000) {
      return iso;
    }
    if (!m.group(1).isEmpty()) {
      n = -n;
    }
    if (m.group(3).equals("M") && (DateRules.QUARTER_OF.equals(hint) || DateRules.HALF_OF.equals(hint))) {
      // "kuartal lalu" (-P3M): the quarter of the month three months before
      LocalDate d = ref.plusMonths(n);
      int month0 = d.getMonthValue() - 1;
      return DateRules.d4(d.getYear()) + (DateRules.QUARTER_OF.equals(hint) ? "-Q" + (month0 / 3 + 1) : "-H" + (month0 / 6 + 1));
    }
    switch (m.group(3)) {
      case "D":
        return ref.plusDays(n).toString();
      case "W": {
        LocalDate d = ref.plusWeeks(n);
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      case "M": {
        LocalDate d = ref.plusMonths(n);
        return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
      }
      default:
        return String.format("%04d", ref.plusYears(n).getYear());
    }
  }
}
