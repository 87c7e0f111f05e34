package id.warta.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL-U file reduced to what segmentation scoring needs: sentences of surface tokens, each with
 * its syntactic words and whether a space follows it.
 *
 * <p>Immutable.
 *
 * @param sentences the sentences in file order
 */
public record Conllu(List<Sentence> sentences) {
  /** A surface token and its syntactic words (one word unless it is a multiword token). */
  public record Token(String form, List<String> words, boolean spaceAfter) {
    public Token {
      words = List.copyOf(words);
    }
  }

  /** A sentence. */
  public record Sentence(String id, List<Token> tokens) {
    public Sentence {
      tokens = List.copyOf(tokens);
    }

    /** The sentence's raw text: its tokens joined as their SpaceAfter says (the file's {@code # text}). */
    public String text() {
      StringBuilder b = new StringBuilder();
      append(b);
      return b.toString();
    }

    private void append(StringBuilder b) {
      for (int i = 0; i < tokens.size(); i++) {
        b.append(tokens.get(i).form());
        if (i + 1 < tokens.size() && tokens.get(i).spaceAfter()) {
          b.append(' ');
        }
      }
    }
  }

  public Conllu {
    sentences = List.copyOf(sentences);
  }

  /**
   * Reads a CoNLL-U file.
   *
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException naming the line if it is malformed
   */
  public static Conllu read(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<Token> tokens = new ArrayList<>();
      String id = null;
      String line;
      int lineNo = 0;
      int mwtEnd = -1;
      String mwtForm = null;
      boolean mwtSpace = true;
      List<String> mwtWords = null;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.startsWith("#")) {
          if (line.startsWith("# sent_id")) {
            int eq = line.indexOf('=');
            id = eq >= 0 ? line.substring(eq + 1).strip() : null;
          }
          continue;
        }
        if (line.isBlank()) {
          if (!tokens.isEmpty()) {
            out.add(new Sentence(id, tokens));
            tokens = new ArrayList<>();
          }
          id = null;
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length < 10) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": expected 10 tab-separated columns");
        }
        String idField = c[0];
        if (idField.contains(".")) {
          continue; // empty node
        }
        boolean space = !c[9].contains("SpaceAfter=No");
        if (idField.contains("-")) {
          String[] range = idField.split("-");
          mwtEnd = Integer.parseInt(range[1]);
          mwtForm = c[1];
          mwtSpace = space;
          mwtWords = new ArrayList<>();
          continue;
        }
        int wid = Integer.parseInt(idField);
        if (mwtWords != null && wid <= mwtEnd) {
          mwtWords.add(c[1]);
          if (wid == mwtEnd) {
            tokens.add(new Token(mwtForm, mwtWords, mwtSpace));
            mwtWords = null;
          }
          continue;
        }
        tokens.add(new Token(c[1], List.of(c[1]), space));
      }
      if (!tokens.isEmpty()) {
        out.add(new Sentence(id, tokens));
      }
    }
    return new Conllu(out);
  }

  /** The raw text: tokens joined as their SpaceAfter says, sentences joined by one space. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < sentences.size(); s++) {
      if (s > 0) {
        b.append(' ');
      }
      sentences.get(s).append(b);
    }
    return b.toString();
  }
}
