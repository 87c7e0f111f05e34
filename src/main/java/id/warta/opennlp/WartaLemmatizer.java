package id.warta.opennlp;

import id.warta.morph.Lemmatizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An OpenNLP {@link opennlp.tools.lemmatizer.Lemmatizer} backed by Warta's dictionary lemmatizer.
 * Tags are not needed and are ignored (the analysis is context-free); a token is lemmatized as
 * written, so capitalized names keep their form. Each token has exactly one lemma.
 *
 * <p>Thread-safe.
 */
public final class WartaLemmatizer implements opennlp.tools.lemmatizer.Lemmatizer {
  private final Lemmatizer lemmatizer;

  /** A lemmatizer with the bundled lexicon. */
  public WartaLemmatizer() {
    this(Lemmatizer.standard());
  }

  /** A lemmatizer backed by {@code lemmatizer}. */
  public WartaLemmatizer(Lemmatizer lemmatizer) {
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "lemmatizer");
  }

  @Override
  public String[] lemmatize(String[] toks, String[] tags) {
    String[] out = new String[toks.length];
    for (int i = 0; i < toks.length; i++) {
      out[i] = lemmatizer.lemma(toks[i]);
    }
    return out;
  }

  @Override
  public List<List<String>> lemmatize(List<String> toks, List<String> tags) {
    List<List<String>> out = new ArrayList<>(toks.size());
    for (String t : toks) {
      out.add(List.of(lemmatizer.lemma(t)));
    }
    return out;
  }
}
