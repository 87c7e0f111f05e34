package id.warta.tokenize;

import id.warta.text.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * Tokenizer and sentence splitter together: raw text in, sentences of tokens out.
 *
 * <p>Immutable and thread-safe.
 */
public final class Segmenter {
  private static final class Bundled {
    static final Segmenter INSTANCE = new Segmenter(IndonesianTokenizer.standard(), SentenceSplitter.standard());
  }

  private final IndonesianTokenizer tokenizer;
  private final SentenceSplitter splitter;

  /** A segmenter made of the given parts. */
  public Segmenter(IndonesianTokenizer tokenizer, SentenceSplitter splitter) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  /** A segmenter whose tokenizer and splitter both use {@code abbreviations}. */
  public static Segmenter with(Abbreviations abbreviations) {
    return new Segmenter(new IndonesianTokenizer(abbreviations), new SentenceSplitter(abbreviations));
  }

  /** The segmenter with the bundled language data (shared instance). */
  public static Segmenter standard() {
    return Bundled.INSTANCE;
  }

  /**
   * The sentences of {@code text}; an empty or all-space text has none. The list also carries the
   * offsets and kinds of the tokens in columns, for later stages (see {@link
   * id.warta.internal.SentenceList}).
   */
  public List<Sentence> segment(String text) {
    return splitter.split(text, tokenizer.tokenizeInColumns(text));
  }

  /** The tokenizer. */
  public IndonesianTokenizer tokenizer() {
    return tokenizer;
  }

  /** The sentence splitter. */
  public SentenceSplitter splitter() {
    return splitter;
  }
}
