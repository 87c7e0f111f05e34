package id.warta.lucene;

import id.warta.internal.DataFiles;
import id.warta.morph.Lemmatizer;
import id.warta.tokenize.IndonesianTokenizer;
import java.util.Objects;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;

/**
 * Indonesian analysis with Warta: {@link WartaTokenizer}, lowercasing ({@code Locale.ROOT}), the
 * bundled Indonesian stop list, optional protected words (marked as keywords), and
 * {@link WartaLemmaFilter}. {@code Mobil-mobil}, {@code kendaraannya} and {@code berkendara} index
 * as {@code mobil}, {@code kendara}, {@code kendara}.
 *
 * <p>Thread-safe, like every Lucene {@code Analyzer}.
 */
public final class WartaAnalyzer extends StopwordAnalyzerBase {
  private static final class Defaults {
    static final CharArraySet STOP_SET = CharArraySet.unmodifiableSet(
        new CharArraySet(DataFiles.lines(WartaAnalyzer.class, "stopwords.txt"), false));
  }

  private final CharArraySet protectedWords;
  private final Lemmatizer lemmatizer;

  /** The bundled stop list, no protected words, the bundled lemmatizer. */
  public WartaAnalyzer() {
    this(getDefaultStopSet(), CharArraySet.EMPTY_SET, Lemmatizer.standard());
  }

  /** The given stop words, no protected words, the bundled lemmatizer. */
  public WartaAnalyzer(CharArraySet stopwords) {
    this(stopwords, CharArraySet.EMPTY_SET, Lemmatizer.standard());
  }

  /**
   * The given stop words (lowercase), words that are never lemmatized, and lemmatizer.
   */
  public WartaAnalyzer(CharArraySet stopwords, CharArraySet protectedWords, Lemmatizer lemmatizer) {
    super(stopwords);
    this.protectedWords = CharArraySet.unmodifiableSet(CharArraySet.copy(protectedWords));
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "lemmatizer");
  }

  /** The bundled Indonesian stop words (an unmodifiable set). */
  public static CharArraySet getDefaultStopSet() {
    return Defaults.STOP_SET;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new WartaTokenizer(IndonesianTokenizer.standard());
    TokenStream result = new LowerCaseFilter(source);
    result = new StopFilter(result, stopwords);
    if (!protectedWords.isEmpty()) {
      result = new SetKeywordMarkerFilter(result, protectedWords);
    }
    result = new WartaLemmaFilter(result, lemmatizer);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
