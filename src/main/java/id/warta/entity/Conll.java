package id.warta.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes two-column CoNLL entity files: {@code token<TAB>tag} per line, a blank line after
 * each sentence, tags {@code O}, {@code B-TYPE}, {@code I-TYPE} (BIO / IOB2) with TYPE one of
 * {@link EntityType}. An {@code I-} tag that does not continue a mention of its type starts a new one
 * (the CoNLL-2003 evaluation convention).
 *
 * <p>Stateless and thread-safe.
 */
public final class Conll {
  private Conll() {}

  /**
   * The sentences of {@code file}.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming {@code file:line} for a malformed line or unknown tag
   */
  public static List<LabeledSentence> read(Path file) throws IOException {
    List<LabeledSentence> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> tokens = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      String line;
      int lineNo = 0;
      int first = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          if (!tokens.isEmpty()) {
            out.add(sentence(tokens, tags, file.getFileName() + ":" + first));
            tokens.clear();
            tags.clear();
          }
          first = lineNo + 1;
          continue;
        }
        int tab = line.lastIndexOf('\t');
        if (tab <= 0 || tab == line.length() - 1) {
          throw new IllegalArgumentException(file.getFileName() + ":" + lineNo + ": expected token<TAB>tag: " + line);
        }
        String tag = line.substring(tab + 1).strip();
        checkTag(tag, file.getFileName() + ":" + lineNo);
        tokens.add(line.substring(0, line.indexOf('\t')));
        tags.add(tag);
      }
      if (!tokens.isEmpty()) {
        out.add(sentence(tokens, tags, file.getFileName() + ":" + first));
      }
    }
    return out;
  }

  private static void checkTag(String tag, String where) {
    if (tag.equals("O")) {
      return;
    }
    if (tag.length() < 3 || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I') || tag.charAt(1) != '-') {
      throw new IllegalArgumentException(where + ": bad tag '" + tag + "'");
    }
    type(tag.substring(2), where);
  }

  private static EntityType type(String name, String where) {
    try {
      return EntityType.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown entity type '" + name + "'", e);
    }
  }

  /** The mentions encoded by BIO tags (a stray {@code I-} starts a mention). */
  public static List<TokenMention> decode(List<String> tags) {
    List<TokenMention> out = new ArrayList<>();
    int start = -1;
    EntityType cur = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean inside = tag.startsWith("I-");
      EntityType t = tag.equals("O") ? null : type(tag.substring(2), "tag " + i);
      if (cur != null && !(inside && t == cur)) {
        out.add(TokenMention.gold(start, i, cur));
        cur = null;
      }
      if (t != null && cur == null) {
        cur = t;
        start = i;
      }
    }
    return out;
  }

  /** BIO tags for {@code mentions} over {@code n} tokens. */
  public static List<String> encode(int n, List<TokenMention> mentions) {
    List<String> tags = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      tags.add("O");
    }
    for (TokenMention m : mentions) {
      tags.set(m.start(), "B-" + m.type());
      for (int i = m.start() + 1; i < m.end(); i++) {
        tags.set(i, "I-" + m.type());
      }
    }
    return tags;
  }

  /** Writes sentences in this format. */
  public static void write(List<LabeledSentence> sentences, Writer w) throws IOException {
    for (LabeledSentence s : sentences) {
      List<String> tags = encode(s.tokens().size(), s.mentions());
      for (int i = 0; i < tags.size(); i++) {
        w.write(s.tokens().get(i));
        w.write('\t');
        w.write(tags.get(i));
        w.write('\n');
      }
      w.write('\n');
    }
  }

  private static LabeledSentence sentence(List<String> tokens, List<String> tags, String source) {
    return new LabeledSentence(tokens, decode(tags), source);
  }
}
