package id.warta.entity;

import java.util.List;
import java.util.Objects;

/**
 * A tokenized sentence with its gold entity mentions, as read from a training or evaluation file.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tokens the tokens, never empty
 * @param mentions the mentions, ordered, never overlapping
 * @param source where the sentence comes from ({@code file:line}), for error messages
 */
public record LabeledSentence(List<String> tokens, List<TokenMention> mentions, String source) {
  public LabeledSentence {
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    Objects.requireNonNull(source, "source");
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException(source + ": empty sentence");
    }
    int last = 0;
    for (TokenMention m : mentions) {
      if (m.start() < last || m.end() > tokens.size()) {
        throw new IllegalArgumentException(source + ": mention " + m + " overlaps or is out of range");
      }
      last = m.end();
    }
  }

  /** The tokens as an array (a fresh copy). */
  public String[] tokenArray() {
    return tokens.toArray(new String[0]);
  }

  /** The text of a mention: its tokens joined by single spaces. */
  public String text(TokenMention m) {
    return String.join(" ", tokens.subList(m.start(), m.end()));
  }
}
