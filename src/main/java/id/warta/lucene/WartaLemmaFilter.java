package id.warta.lucene;

import id.warta.morph.Lemmatizer;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces each term by its lemma from Warta's {@link Lemmatizer} ({@code kendaraan} →
 * {@code kendara}, {@code mobil-mobil} → {@code mobil}, {@code rumahnya} → {@code rumah}). Terms
 * marked as keywords ({@link KeywordAttribute}, e.g. by {@code SetKeywordMarkerFilter}) are left
 * alone. Put a lowercase filter first: capitalized terms are taken for names and kept.
 *
 * <p>Not thread-safe, like every {@code TokenFilter}; the lemmatizer it shares is.
 */
public final class WartaLemmaFilter extends TokenFilter {
  private final Lemmatizer lemmatizer;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  /** A filter with the bundled lemmatizer. */
  public WartaLemmaFilter(TokenStream input) {
    this(input, Lemmatizer.standard());
  }

  /** A filter backed by {@code lemmatizer}. */
  public WartaLemmaFilter(TokenStream input, Lemmatizer lemmatizer) {
    super(input);
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "lemmatizer");
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      String term = termAtt.toString();
      String lemma = lemmatizer.lemma(term);
      if (!lemma.equals(term) && !lemma.isEmpty()) {
        termAtt.setEmpty().append(lemma);
      }
    }
    return true;
  }
}
