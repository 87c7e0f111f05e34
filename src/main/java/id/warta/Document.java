package id.warta;

import id.warta.entity.Entity;
import id.warta.figure.Figure;
import id.warta.text.Sentence;
import id.warta.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An analyzed text: the original string, its sentences of tokens, and the entities and figures found
 * in it. All offsets are {@code String} indices into {@link #text()}, which is the input unchanged.
 * Lists are empty for stages that were switched off.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the original input
 * @param sentences the sentences in order
 * @param entities entity mentions, ordered by start offset
 * @param figures figures, ordered by start offset
 */
public record Document(String text, List<Sentence> sentences, List<Entity> entities, List<Figure> figures) {
  public Document {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    figures = List.copyOf(figures);
  }

  /** All tokens of all sentences, in order (an unmodifiable list, as the document's other lists are). */
  public List<Token> tokens() {
    List<Token> out = new ArrayList<>();
    for (Sentence s : sentences) {
      out.addAll(s.tokens());
    }
    return java.util.Collections.unmodifiableList(out);
  }
}
