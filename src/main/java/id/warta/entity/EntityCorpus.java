package id.warta.entity;

import id.warta.tokenize.IndonesianTokenizer;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads Warta's own entity corpus: {@code *.txt} files of inline-annotated sentences (see
 * {@code src/corpus/entities/GUIDELINES.md}). One sentence per line, {@code <START:type> name <END>}
 * marks a mention, a blank line ends an article, {@code #} starts a comment line.
 *
 * <p>The converter strips the tags, keeps the character span of every mention, tokenizes the clean
 * line with {@link IndonesianTokenizer} and maps each span onto whole tokens. Any malformed line (an
 * unknown type, an unclosed or nested tag, a stray {@code <} or {@code >}, a tag that cuts a token)
 * fails with an {@link IllegalArgumentException} naming {@code file:line}. One exception: when the
 * tokenizer keeps a period on an abbreviation or initial right after a mention ({@code ... PT Timah
 * Tbk.} at the end of a line), the mention takes that whole token.
 *
 * <p>Held-out split: within each file, articles are numbered from 0 in order; article {@code k} is
 * held out for testing when {@code k % 10 == 9} (every tenth article of every file). Files are read
 * in name order, so the split is deterministic and stable as files grow at their end.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityCorpus {
  /** Every {@value}th article of each file is held out. */
  public static final int HELD_OUT_EVERY = 10;

  private static final String START = "<START:";
  private static final String END = " <END>";

  /** One article: its sentences, its file and its index within the file. */
  public record Article(String file, int index, List<LabeledSentence> sentences) {
    public Article {
      sentences = List.copyOf(sentences);
    }

    /** Whether this article belongs to the held-out test split. */
    public boolean heldOut() {
      return index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1;
    }
  }

  /** A clean line with the character spans of its mentions. */
  record CharMention(int start, int end, EntityType type) {}

  private final IndonesianTokenizer tokenizer;

  /** A converter that tokenizes with {@code tokenizer}. */
  public EntityCorpus(IndonesianTokenizer tokenizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
  }

  /** A converter with the standard tokenizer. */
  public static EntityCorpus standard() {
    return new EntityCorpus(IndonesianTokenizer.standard());
  }

  /** The articles of every {@code *.txt} file in {@code dir}, files in name order. */
  public List<Article> readDirectory(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no *.txt corpus files in " + dir);
    }
    List<Article> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(readFile(f));
    }
    return out;
  }

  /** The articles of one file. */
  public List<Article> readFile(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException(file + " is not valid UTF-8", e);
    }
    return readLines(file.getFileName().toString(), lines);
  }

  /** The articles of lines read from {@code name}. */
  public List<Article> readLines(String name, List<String> lines) {
    List<Article> out = new ArrayList<>();
    List<LabeledSentence> cur = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        if (!cur.isEmpty()) {
          out.add(new Article(name, out.size(), cur));
          cur = new ArrayList<>();
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      cur.add(parse(line, name + ":" + (i + 1)));
    }
    if (!cur.isEmpty()) {
      out.add(new Article(name, out.size(), cur));
    }
    return out;
  }

  /**
   * One annotated line as a tokenized sentence.
   *
   * @throws IllegalArgumentException naming {@code where} if the line is malformed
   */
  public LabeledSentence parse(String line, String where) {
    StringBuilder clean = new StringBuilder(line.length());
    List<CharMention> spans = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      int open = line.indexOf(START, i);
      int stop = open < 0 ? line.length() : open;
      appendPlain(line, i, stop, clean, where);
      if (open < 0) {
        break;
      }
      int close = line.indexOf('>', open);
      if (close < 0) {
        throw error(where, "unclosed <START:", open);
      }
      String typeName = line.substring(open + START.length(), close);
      EntityType type;
      try {
        type = EntityType.valueOf(typeName.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error(where, "unknown type '" + typeName + "'", open);
      }
      if (close + 1 >= line.length() || line.charAt(close + 1) != ' ' || (close + 2 < line.length() && line.charAt(close + 2) == ' ')) {
        throw error(where, "expected exactly one space after <START:" + typeName + ">", close);
      }
      int end = line.indexOf(END, close + 1);
      if (end < 0) {
        throw error(where, "<START:" + typeName + "> without ' <END>'", open);
      }
      String name = line.substring(close + 2, end);
      if (name.isBlank() || name.endsWith(" ")) {
        throw error(where, "empty name or more than one space before <END>", end);
      }
      if (name.contains(START) || name.indexOf('<') >= 0 || name.indexOf('>') >= 0) {
        throw error(where, "nested or stray tag inside a mention", close + 2);
      }
      int s = clean.length();
      clean.append(name);
      spans.add(new CharMention(s, clean.length(), type));
      i = end + END.length();
    }
    return align(clean.toString(), spans, where);
  }

  private static void appendPlain(String line, int from, int to, StringBuilder clean, String where) {
    for (int k = from; k < to; k++) {
      char c = line.charAt(k);
      if (c == '<' || c == '>') {
        throw error(where, "stray '" + c + "' (an <END> without <START:...>?)", k);
      }
      clean.append(c);
    }
  }

  private LabeledSentence align(String text, List<CharMention> spans, String where) {
    List<String> tokens = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    tokenizer.tokenize(text, (s, e, k) -> {
      tokens.add(text.substring(s, e));
      offsets.add(new int[] {s, e});
    });
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException(where + ": no tokens");
    }
    List<TokenMention> mentions = new ArrayList<>();
    int t = 0;
    for (CharMention m : spans) {
      while (t < offsets.size() && offsets.get(t)[0] < m.start()) {
        t++;
      }
      int first = t;
      if (first >= offsets.size() || offsets.get(first)[0] != m.start()) {
        throw new IllegalArgumentException(where + ": mention '" + text.substring(m.start(), m.end())
            + "' does not start at a token boundary (tokens: " + around(tokens, first) + ")");
      }
      while (t < offsets.size() && offsets.get(t)[1] < m.end()) {
        t++;
      }
      boolean keptPeriod = t < offsets.size() && offsets.get(t)[1] == m.end() + 1 && text.charAt(m.end()) == '.'
          && offsets.get(t)[0] < m.end();
      if (t >= offsets.size() || (offsets.get(t)[1] != m.end() && !keptPeriod)) {
        throw new IllegalArgumentException(where + ": mention '" + text.substring(m.start(), m.end())
            + "' does not end at a token boundary (tokens: " + around(tokens, Math.min(t, tokens.size() - 1)) + ")");
      }
      mentions.add(TokenMention.gold(first, t + 1, m.type()));
      t++;
    }
    return new LabeledSentence(tokens, mentions, where);
  }

  private static String around(List<String> tokens, int i) {
    int from = Math.max(0, i - 2);
    int to = Math.min(tokens.size(), i + 3);
    return String.join(" | ", tokens.subList(from, to));
  }

  private static IllegalArgumentException error(String where, String what, int column) {
    return new IllegalArgumentException(where + ":" + (column + 1) + ": " + what);
  }
}
