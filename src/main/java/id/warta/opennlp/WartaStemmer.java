package id.warta.opennlp;

import id.warta.morph.Lemmatizer;
import java.util.Locale;
import java.util.Objects;
import opennlp.tools.stemmer.Stemmer;

/**
 * An OpenNLP {@link Stemmer} backed by Warta's {@link Lemmatizer}: the stem of a word is its
 * lowercased root ({@code Kendaraannya} → {@code kendara}).
 *
 * <p>Thread-safe.
 */
public final class WartaStemmer implements Stemmer {
  private final Lemmatizer lemmatizer;

  /** A stemmer with the bundled lemmatizer. */
  public WartaStemmer() {
    this(Lemmatizer.standard());
  }

  /** A stemmer backed by {@code lemmatizer}. */
  public WartaStemmer(Lemmatizer lemmatizer) {
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "lemmatizer");
  }

  @Override
  public CharSequence stem(CharSequence word) {
    return lemmatizer.lemma(word.toString().toLowerCase(Locale.ROOT));
  }
}
