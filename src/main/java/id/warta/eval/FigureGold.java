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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    for (Line l : lines(content, label)) {
      String line = l.text();
      String where = l.where();
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

  /** A line that is neither blank nor a comment, stripped, and where it is ({@code label:number}). */
  private record Line(String text, String where) {}

  private static List<Line> lines(String content, String label) {
    List<Line> out = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        out.add(new Line(line, label + ":" + (n + 1)));
      }
    }
    return out;
  }

  private static Expected figure(String line, String text, int from, String where) {
    String[] f = fields(line, where);
    int start = locate(text, f[1], from);
    if (start < 0) {
      start = text.indexOf(f[1]);
    }
    if (start < 0 || f[1].isEmpty()) {
      throw new IllegalArgumentException(where + ": figure text not in the case text: " + f[1]);
    }
    String object = f.length > 5 && !f[5].equals("-") ? f[5] : null;
    return expected(f, start, start + f[1].length(), f[1], object, where);
  }

  /**
   * Where {@code figure} is in {@code text} from {@code from} on: the first occurrence that is not
   * part of a longer word or number (the "4" of "ke 4 posko", not the one inside "340" before it),
   * else the first occurrence; -1 if none.
   */
  static int locate(String text, String figure, int from) {
    int first = text.indexOf(figure, from);
    for (int k = first; k >= 0 && !figure.isEmpty(); k = text.indexOf(figure, k + 1)) {
      int end = k + figure.length();
      boolean startsApart = k == 0 || !glued(text.charAt(k - 1), figure.charAt(0));
      boolean endsApart = end == text.length() || !glued(figure.charAt(figure.length() - 1), text.charAt(end));
      if (startsApart && endsApart) {
        return k;
      }
    }
    return first;
  }

  /** Whether two adjacent characters belong to one word or number (letters and digits both). */
  private static boolean glued(char a, char b) {
    return Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b);
  }

  /** The 3 to 6 stripped {@code |}-separated fields of a figure line. */
  private static String[] fields(String line, String where) {
    String[] f = line.split("\\|", -1);
    if (f.length < 3 || f.length > 6) {
      throw new IllegalArgumentException(where + ": expected 3 to 6 '|'-separated fields: " + line);
    }
    for (int k = 0; k < f.length; k++) {
      f[k] = f[k].strip();
    }
    return f;
  }

  /** The figure of fields {@code f} (type, span, value, unit, qualifier) at {@code [start, end)}. */
  private static Expected expected(String[] f, int start, int end, String text, String object, String where) {
    FigureType type;
    try {
      type = FigureType.valueOf(f[0]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown type " + f[0], e);
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
    return new Expected(type, text, start, end, value, unit, q, object);
  }

  /**
   * Parses stand-off gold over texts kept elsewhere (sentences of a treebank, whose text must not
   * be copied): every text of {@code texts} is a case, in its order, and expects the figures listed
   * under its id, or none. A case starts with a line {@code = ID}; its figure lines give the span
   * and the object as character offsets into the text instead of the text itself:
   *
   * <pre>
   * = dev-s12
   * COUNT | 10-13 | 300 | - | more_than | 14-24
   * DATE | 34-38 | 2014
   * </pre>
   *
   * @param texts the texts by id, in the order of the cases
   * @param label names the gold in errors
   * @throws IllegalArgumentException naming the line if an id is unknown or repeated, or a span
   *     falls outside its text
   */
  public static FigureGold parseStandoff(String content, Map<String, String> texts, String label) {
    Map<String, List<Expected>> byId = new HashMap<>();
    Map<String, String> sourceOf = new HashMap<>();
    String id = null;
    for (Line l : lines(content, label)) {
      String line = l.text();
      String where = l.where();
      if (line.startsWith("=")) {
        id = line.substring(1).strip();
        if (!texts.containsKey(id)) {
          throw new IllegalArgumentException(where + ": no text with id " + id);
        }
        if (byId.putIfAbsent(id, new ArrayList<>()) != null) {
          throw new IllegalArgumentException(where + ": id listed twice: " + id);
        }
        sourceOf.put(id, where);
        continue;
      }
      if (id == null) {
        throw new IllegalArgumentException(where + ": a figure line before any '=' id line");
      }
      String text = texts.get(id);
      String[] f = fields(line, where);
      int[] span = span(f[1], text, where);
      if (span == null) {
        throw new IllegalArgumentException(where + ": no span: " + f[1]);
      }
      int[] obj = f.length > 5 ? span(f[5], text, where) : null;
      String object = obj == null ? null : text.substring(obj[0], obj[1]);
      byId.get(id).add(expected(f, span[0], span[1], text.substring(span[0], span[1]), object, where));
    }
    List<Case> cases = new ArrayList<>();
    texts.forEach((k, text) -> cases.add(new Case(sourceOf.getOrDefault(k, label + ":" + k), text, null,
        byId.getOrDefault(k, List.of()))));
    return new FigureGold(cases);
  }

  /** The offsets {@code start-end} into {@code text}, or null for {@code -}. */
  private static int[] span(String field, String text, String where) {
    if (field.equals("-")) {
      return null;
    }
    int dash = field.indexOf('-');
    try {
      int start = Integer.parseInt(field.substring(0, Math.max(dash, 0)));
      int end = Integer.parseInt(field.substring(dash + 1));
      if (start < 0 || end <= start || end > text.length()) {
        throw new IllegalArgumentException(where + ": span " + field + " outside a text of " + text.length() + " chars");
      }
      return new int[] {start, end};
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(where + ": not a span start-end: " + field, e);
    }
  }

  /**
   * A value in canonical form: plain numbers without trailing zeros, ranges as [a,b], ISO as is (four
   * digits with a leading zero are a year: 0732).
   */
  static String canonicalValue(String v, String where) {
    if (v.startsWith("[") && v.endsWith("]")) {
      String[] p = v.substring(1, v.length() - 1).split(",");
      if (p.length != 2) {
        throw new IllegalArgumentException(where + ": a range has two ends: " + v);
      }
      return "[" + number(p[0].strip(), where) + "," + number(p[1].strip(), where) + "]";
    }
    if (v.length() == 4 && v.charAt(0) == '0' && v.chars().allMatch(Character::isDigit)) {
      return v; // a year of the first millennium in ISO 8601's four digits (0732), not a number
    }
    if (!v.isEmpty() && (Character.isDigit(v.charAt(0)) || v.charAt(0) == '.') && v.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
      return number(v, where);
    }
    if (v.isEmpty()) {
      throw new IllegalArgumentException(where + ": empty value");
    }
    if (!ISO_LIKE.matcher(v).matches()) {
      throw new IllegalArgumentException(where + ": not a number, [min, max] range or ISO-8601 value: " + v);
    }
    return v;
  }

  /**
   * The shapes of the ISO-8601 values figures have: dates with {@code X} for unknown digits
   * ({@code XXXX-07-04}, {@code 2021-Q3}, {@code 197X}, {@code -0249}), intervals with {@code /},
   * and signed durations ({@code P1Y}, {@code -P1W}, {@code PT2H30M}); words ("lima") are none.
   */
  private static final java.util.regex.Pattern ISO_LIKE =
      java.util.regex.Pattern.compile("[-+]?(?:P[0-9.TYMWDHS]+|[0-9X][0-9XTWQH./:+-]*)");

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
