package id.warta.cli;

import id.warta.Document;
import id.warta.entity.Entity;
import id.warta.figure.Figure;
import id.warta.text.Sentence;
import id.warta.text.Token;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The human-readable {@code text} format. Control characters in the text are written as {@code \\uXXXX}
 * escapes, so that a stray escape sequence in the input cannot drive the terminal. Stateless.
 */
final class TextReport {
  private TextReport() {}

  static void write(PrintWriter out, String source, Document doc) {
    out.println("== " + source + ": " + doc.sentences().size() + " sentences, " + doc.tokens().size() + " tokens, "
        + doc.entities().size() + " entities, " + doc.figures().size() + " figures");
    int n = 0;
    for (Sentence s : doc.sentences()) {
      n++;
      StringBuilder b = new StringBuilder();
      for (Token t : s.tokens()) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(visible(t.text()));
        if (t.lemma() != null && !t.lemma().equalsIgnoreCase(t.text())) {
          b.append('/').append(visible(t.lemma()));
        }
      }
      out.println("[" + n + "] " + b);
    }
    for (Entity e : doc.entities()) {
      out.printf(Locale.ROOT, "  entity  %-7s %s  (%d-%d, %.2f)%n", e.type(), visible(e.text()), e.start(), e.end(), e.score());
    }
    for (Figure f : doc.figures()) {
      String value = f.value() != null ? f.value().toPlainString()
          : f.range() != null ? "[" + f.range().min().toPlainString() + ", " + f.range().max().toPlainString() + "]" : f.iso();
      out.printf(Locale.ROOT, "  figure  %-8s %s  = %s%s%s%s%n", f.type(), visible(f.text()), value,
          f.unit() == null ? "" : " " + f.unit(),
          f.qualifier() == id.warta.figure.Qualifier.EXACT ? "" : " (" + f.qualifier().name().toLowerCase(Locale.ROOT) + ")",
          f.object() == null ? "" : "  of: " + visible(f.object()));
    }
  }

  /** {@code s} with each control character (C0, DEL, C1) written as a {@code \\uXXXX} escape. */
  static String visible(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
