package id.warta.morph;

import id.warta.internal.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The roots the {@link Lemmatizer} accepts as lemmas: the bundled root files (one root per line,
 * {@code root<TAB>POS[<TAB>flags]}, flags {@code loan}, {@code nostem}, {@code lex}, {@code redup},
 * {@code std=<standard root>}, separated by commas or spaces), merged with any user files and
 * protected words. Later additions override earlier ones for the same root.
 *
 * <p>Immutable and thread-safe.
 */
public final class RootLexicon {
  private static final class Bundled {
    static final RootLexicon INSTANCE = builder().build();
  }

  private final List<LexiconEntry> entries;
  private final CharTable table;

  private RootLexicon(Map<String, LexiconEntry> map) {
    this.entries = List.copyOf(map.values());
    Map<String, Integer> index = new HashMap<>(map.size() * 2);
    for (int i = 0; i < entries.size(); i++) {
      index.put(entries.get(i).root(), i);
    }
    this.table = new CharTable(index);
  }

  /** The bundled lexicon (shared instance). */
  public static RootLexicon bundled() {
    return Bundled.INSTANCE;
  }

  /** A builder that starts from the bundled roots (see {@link Builder#withoutBundled()}). */
  public static Builder builder() {
    return new Builder();
  }

  /** The entry for {@code root} (lowercase), if any. */
  public Optional<LexiconEntry> entry(String root) {
    int i = table.get(root);
    return i < 0 ? Optional.empty() : Optional.of(entries.get(i));
  }

  /** Whether {@code root} (lowercase) is in the lexicon. */
  public boolean contains(String root) {
    return table.get(root) >= 0;
  }

  /** The number of roots. */
  public int size() {
    return entries.size();
  }

  /** Every entry, in load order. */
  public List<LexiconEntry> entries() {
    return entries;
  }

  /** The entry for {@code lead + s[off, off+len)} without allocating, or null. */
  LexiconEntry find(char lead, char[] s, int off, int len) {
    int i = table.get(lead, s, off, len);
    return i < 0 ? null : entries.get(i);
  }

  /** Parses one lexicon line; {@code where} names it in errors. */
  static LexiconEntry parse(String line, String where) {
    String[] f = line.split("\t", -1);
    String root = f[0].strip();
    if (root.isEmpty() || !isRootSpelling(root)) {
      throw new IllegalArgumentException(where + ": not a lowercase root: '" + f[0] + "'");
    }
    if (f.length > 3) {
      throw new IllegalArgumentException(where + ": more than three tab-separated fields");
    }
    String pos = f.length > 1 ? f[1].strip() : "";
    boolean loan = false;
    boolean whole = false;
    boolean redup = false;
    String std = null;
    if (f.length > 2) {
      for (String flag : f[2].strip().split("[,\\s]+")) {
        if (flag.isEmpty()) {
          continue;
        }
        switch (flag) {
          case "loan" -> loan = true;
          case "nostem", "lex" -> whole = true;
          case "redup" -> {
            redup = true;
            whole = true;
          }
          default -> {
            if (flag.startsWith("std=") && isRootSpelling(flag.substring(4))) {
              std = flag.substring(4);
            } else {
              throw new IllegalArgumentException(where + ": unknown flag '" + flag + "'");
            }
          }
        }
      }
    }
    return new LexiconEntry(root, pos, loan, whole, redup, std);
  }

  static boolean isRootSpelling(String s) {
    if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z') && c != '-' && c != '\'' && !(Character.isLetter(c) && Character.isLowerCase(c))) {
        return false;
      }
    }
    return true;
  }

  /** Configures a {@link RootLexicon}. Not thread-safe. */
  public static final class Builder {
    private boolean bundled = true;
    private final List<LexiconEntry> added = new ArrayList<>();

    private Builder() {}

    /** Leaves out the bundled roots: only what is added is used. */
    public Builder withoutBundled() {
      bundled = false;
      return this;
    }

    /** Adds the roots of a lexicon file in the bundled format (UTF-8). */
    public Builder add(Path file) {
      try {
        return add(Files.newInputStream(file), file.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read lexicon " + file, e);
      }
    }

    /** Adds the roots of a UTF-8 lexicon stream in the bundled format; {@code label} names it in errors. Closes the stream. */
    public Builder add(InputStream in, String label) {
      Objects.requireNonNull(in, "in");
      List<String> lines = DataFiles.lines(in, label);
      for (int i = 0; i < lines.size(); i++) {
        added.add(parse(lines.get(i), label + " entry " + (i + 1)));
      }
      return this;
    }

    /** Adds one root with its part of speech (may be empty). */
    public Builder addRoot(String root, String pos) {
      added.add(new LexiconEntry(checkWord(root), Objects.requireNonNull(pos, "pos"), false, false, false, null));
      return this;
    }

    /** Protects words: each is its own lemma and is never analyzed (names, brands, places). */
    public Builder protect(Iterable<String> words) {
      for (String w : words) {
        added.add(new LexiconEntry(checkWord(w), "", false, true, false, null));
      }
      return this;
    }

    private static String checkWord(String w) {
      String s = Objects.requireNonNull(w, "word").strip().toLowerCase(Locale.ROOT);
      if (s.isEmpty()) {
        throw new IllegalArgumentException("empty word");
      }
      return s;
    }

    /** The lexicon. */
    public RootLexicon build() {
      Map<String, LexiconEntry> map = new LinkedHashMap<>();
      if (bundled) {
        for (String file : DataFiles.lines(RootLexicon.class, "root-files.txt")) {
          List<String> lines = DataFiles.lines(RootLexicon.class, "roots/" + file);
          for (int i = 0; i < lines.size(); i++) {
            LexiconEntry e = parse(lines.get(i), "roots/" + file + " entry " + (i + 1));
            map.merge(e.root(), e, RootLexicon::mergeBundled);
          }
        }
      }
      for (LexiconEntry e : added) {
        map.put(e.root(), e);
      }
      return new RootLexicon(map);
    }
  }

  /**
   * Two bundled lines for one root: a standard entry beats an informal one ({@code std=}); otherwise
   * keep the first's POS and combine the flags.
   */
  private static LexiconEntry mergeBundled(LexiconEntry a, LexiconEntry b) {
    if ((a.standard() == null) != (b.standard() == null)) {
      return a.standard() == null ? a : b;
    }
    return new LexiconEntry(a.root(), a.pos().isEmpty() ? b.pos() : a.pos(), a.loan() || b.loan(),
        a.keepWhole() || b.keepWhole(), a.reduplicated() || b.reduplicated(),
        a.standard() != null ? a.standard() : b.standard());
  }
}
