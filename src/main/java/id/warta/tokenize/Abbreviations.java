package id.warta.tokenize;

import id.warta.internal.DataFiles;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The abbreviations that keep their period ({@code Jl.}, {@code Tbk.}, {@code dll.}), each with a
 * {@link Kind} that tells the sentence splitter whether it may close a sentence. The bundled list is
 * {@code abbreviations.txt}; users may add their own lists.
 *
 * <p>Immutable and thread-safe.
 */
public final class Abbreviations {
  /** How an abbreviation behaves at a possible sentence end. */
  public enum Kind {
    /** Keeps its period; ends a sentence only at the end of the text. */
    PLAIN,
    /** Stands before a name or number ({@code Dr.}, {@code Jl.}, {@code No.}): never ends a sentence. */
    TITLE,
    /**
     * Often closes a sentence ({@code dll.}, {@code Tbk.}): ends one before a capitalized word; one
     * written like initials ({@code S.H.}, {@code M.H.}) needs more evidence, see {@link SentenceSplitter}.
     */
    FINAL
  }

  private static final class Bundled {
    static final Abbreviations INSTANCE = new Abbreviations(DataFiles.lines(Abbreviations.class, "abbreviations.txt"), "abbreviations.txt");
  }

  private final Map<String, Kind> exact;
  private final Map<String, Kind> lower;
  private final int maxLength;

  private Abbreviations(List<String> lines, String label) {
    Map<String, Kind> e = new HashMap<>();
    Map<String, Kind> l = new HashMap<>();
    int max = 0;
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      String abbr = f[0].strip();
      if (abbr.isEmpty() || !abbr.endsWith(".") || abbr.chars().anyMatch(Character::isWhitespace) && !abbr.equals("et al.")) {
        throw new IllegalArgumentException(label + ": not an abbreviation with a final period: '" + line + "'");
      }
      Kind kind = Kind.PLAIN;
      if (f.length > 1 && !f[1].isBlank()) {
        kind = Kind.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
      }
      e.put(abbr, kind);
      l.putIfAbsent(abbr.toLowerCase(Locale.ROOT), kind);
      max = Math.max(max, abbr.length());
    }
    this.exact = Map.copyOf(e);
    this.lower = Map.copyOf(l);
    this.maxLength = max;
  }

  /** The bundled list. */
  public static Abbreviations bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Reads a list in the bundled format (one abbreviation with its period per line, optionally a tab
   * and {@code title}, {@code final} or nothing).
   *
   * @throws IllegalArgumentException naming the line when a line is malformed
   */
  public static Abbreviations read(InputStream in, String label) {
    return new Abbreviations(DataFiles.lines(in, label), label);
  }

  /** This list and {@code other}; on a clash {@code other} wins. */
  public Abbreviations with(Abbreviations other) {
    Map<String, Kind> e = new HashMap<>(exact);
    e.putAll(other.exact);
    Map<String, Kind> l = new HashMap<>(lower);
    l.putAll(other.lower);
    return new Abbreviations(e, l, Math.max(maxLength, other.maxLength));
  }

  private Abbreviations(Map<String, Kind> exact, Map<String, Kind> lower, int maxLength) {
    this.exact = Map.copyOf(exact);
    this.lower = Map.copyOf(lower);
    this.maxLength = maxLength;
  }

  /** The kind of {@code text[start, end)} (which ends with its period) or {@code null} if it is no abbreviation. */
  public Kind lookup(CharSequence text, int start, int end) {
    if (end - start > maxLength || end - start < 2) {
      return null;
    }
    String s = text.subSequence(start, end).toString();
    Kind k = exact.get(s);
    return k != null ? k : lower.get(s.toLowerCase(Locale.ROOT));
  }

  /** The kind of {@code abbreviation}, or {@code null}. */
  public Kind lookup(String abbreviation) {
    return lookup(abbreviation, 0, abbreviation.length());
  }

  /** How many abbreviations are listed. */
  public int size() {
    return exact.size();
  }
}
