package id.warta.eval;

import id.warta.figure.FigureType;
import id.warta.figure.Qualifier;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A gold file of figures in Warta's own format: UTF-8 lines, each case a text line starting with
 * {@code > } followed by one line per expected figure; a case with no figure lines expects none.
 *
 * <pre>
 * # a comment
 * &#64;date 2024-03-15           the reference date of the cases that follow ("&#64;date none" resets)
 * &gt; Laba naik 6% menjadi Rp4,17 triliun, lebih dari 300 perusahaan ikut.
 * PERCENT | 6% | 6 | % | exact | -
 * MONEY | Rp4,17 triliun | 4170000000000 | IDR
 * COUNT | lebih dari 300 | 300 | - | more_than | perusahaan
 * </pre>
 *
 * <p>Figure fields, separated by {@code |}: type, text (as written, found in the case text in
 * order), value (a number, {@code [min, max]}, or an ISO-8601 string), then optionally unit
 * ({@code -} for none), qualifier (default {@code exact}, also for {@code -}) and object ({@code -} for none).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cases the cases in file order
 */
public record FigureGold(List<Case> cases) {
  public FigureGold {
    cases = List.copyOf(cases);
  }

  /** An expected figure; offsets index the case text. */
  public record Expected(FigureType type, String text, int start, int end, String value, String unit,
                         Qualifier qualifier, String object) {}

  /** A text and its expected figures. */
  public record Case(String source, String text, LocalDate referenceDate, List<Expected> figures) {
    public Case {
      figures = List.copyOf(figures);
    }
  }

  /** Reads a gold file. */
  public static FigureGold read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
  }

  /** Parses gold text; {@code label} names it in errors. */
  public static FigureGold parse(String content, String label) {
    List<Case> cases = new ArrayList<>();
    LocalDate date = null;
    String text = null;
    String source = null;
    LocalDate caseDate = null;
    List<Expected> figs = new ArrayList<>();
    int searchFrom = 0;
    String[] lines = content.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      String where = label + ":" + (n + 1);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@date")) {
        String d = line.substring(5).strip();
        try {
          date = d.equals("none") ? null : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(where + ": bad date " + d, e);
        }
      } else if (line.startsWith(">")) {
        if (text != null) {
          cases.add(new Case(source, text, caseDate, figs));
        }
        caseDate = date;
        text = line.substring(1).strip();
        source = where;
        figs = new ArrayList<>();
        searchFrom = 0;
      } else {
        if (text == null) {
          throw new IllegalArgumentException(where + ": a figure line before any '>' text line");
        }
        Expected e = figure(line, text, searchFrom, where);
        searchFrom = e.start() + 1;
        figs.add(e);
      }
    }
    if (text != null) {
      cases.add(new Case(source, text, caseDate, figs));
    }
    return new FigureGold(cases);
  }

  private static Expected figure(String line, String text, int from, String where) {
    String[] f = line.split("\\|", -1);
    if (f.length < 3 || f.length > 6) {
      throw new IllegalArgumentException(where + ": expected 3 to 6 '|'-separated fields: " + line);
    }
    for (int k = 0; k < f.length; k++) {
      f[k] = f[k].strip();
    }
    FigureType type;
    try {
      type = FigureType.valueOf(f[0]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown type " + f[0], e);
    }
    int start = text.indexOf(f[1], from);
    if (start < 0) {
      start = text.indexOf(f[1]);
    }
    if (start < 0 || f[1].isEmpty()) {
      throw new IllegalArgumentException(where + ": figure text not in the case text: " + f[1]);
    }
    String value = canonicalValue(f[2], where);
    String unit = f.length > 3 && !f[3].equals("-") ? f[3] : null;
    Qualifier q = Qualifier.EXACT;
    if (f.length > 4 && !f[4].isEmpty() && !f[4].equals("-")) { // "-", like an empty field, is exact
      try {
        q = Qualifier.valueOf(f[4].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": unknown qualifier " + f[4], e);
      }
    }
    String object = f.length > 5 && !f[5].equals("-") ? f[5] : null;
    return new Expected(type, f[1], start, start + f[1].length(), value, unit, q, object);
  }

  /** A value in canonical form: plain numbers without trailing zeros, ranges as [a,b], ISO as is. */
  static String canonicalValue(String v, String where) {
    if (v.startsWith("[") && v.endsWith("]")) {
      String[] p = v.substring(1, v.length() - 1).split(",");
      if (p.length != 2) {
        throw new IllegalArgumentException(where + ": a range has two ends: " + v);
      }
      return "[" + number(p[0].strip(), where) + "," + number(p[1].strip(), where) + "]";
    }
    if (!v.isEmpty() && (Character.isDigit(v.charAt(0)) || v.charAt(0) == '.') && v.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
      return number(v, where);
    }
    if (v.isEmpty()) {
      throw new IllegalArgumentException(where + ": empty value");
    }
    return v;
  }

  /** {@code v} as a plain number without trailing zeros. */
  static String number(String v, String where) {
    try {
      BigDecimal d = new BigDecimal(v).stripTrailingZeros();
      return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": not a number: " + v, e);
    }
  }
}
