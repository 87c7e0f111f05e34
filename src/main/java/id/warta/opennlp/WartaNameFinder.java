package id.warta.opennlp;

import id.warta.entity.EntityRecognizer;
import id.warta.entity.TokenMention;
import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Warta's entity recognizer behind OpenNLP's {@link TokenNameFinder} interface, for OpenNLP
 * pipelines: spans over the given tokens, typed {@code PER}, {@code ORG}, {@code LOC} or
 * {@code PRODUCT}, with the mention's confidence as the span probability.
 *
 * <p>Unlike {@code NameFinderME}, immutable and thread-safe: it keeps no adaptive data, so
 * {@link #clearAdaptiveData()} does nothing.
 */
public final class WartaNameFinder implements TokenNameFinder {
  private final EntityRecognizer recognizer;

  /** A finder over the bundled model. */
  public WartaNameFinder() {
    this(EntityRecognizer.standard());
  }

  /** A finder over {@code recognizer}. */
  public WartaNameFinder(EntityRecognizer recognizer) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
  }

  /** The names in one sentence's tokens. */
  @Override
  public Span[] find(String[] tokens) {
    List<TokenMention> ms = recognizer.findMentions(tokens);
    Span[] out = new Span[ms.size()];
    for (int i = 0; i < out.length; i++) {
      TokenMention m = ms.get(i);
      out[i] = new Span(m.start(), m.end(), m.type().name(), m.score());
    }
    return out;
  }

  /** Nothing to clear: no adaptive data is kept. */
  @Override
  public void clearAdaptiveData() {}
}
