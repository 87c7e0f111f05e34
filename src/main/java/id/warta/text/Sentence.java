package id.warta.text;

import java.util.List;
import java.util.Objects;

/**
 * A sentence: its span of the original text and its tokens, in order. {@code start} is the first
 * token's start and {@code end} the last token's end.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the sentence as written ({@code original.substring(start, end)})
 * @param start offset of the first character
 * @param end offset after the last character
 * @param tokens the tokens, never empty
 */
public record Sentence(String text, int start, int end, List<Token> tokens) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence has at least one token");
    }
    if (start != tokens.get(0).start() || end != tokens.get(tokens.size() - 1).end()) {
      throw new IllegalArgumentException("sentence span " + start + ".." + end + " does not match its tokens");
    }
  }

  /** A sentence over {@code original} made of {@code tokens}. */
  public static Sentence of(String original, List<Token> tokens) {
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence has at least one token");
    }
    int start = tokens.get(0).start();
    int end = tokens.get(tokens.size() - 1).end();
    return new Sentence(original.substring(start, end), start, end, tokens);
  }

  /** This sentence with other tokens over the same span (for example the same tokens, lemmatized). */
  public Sentence withTokens(List<Token> newTokens) {
    return new Sentence(text, start, end, newTokens);
  }
}
