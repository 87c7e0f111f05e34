package id.warta.opennlp;

import id.warta.text.Sentence;
import id.warta.tokenize.Segmenter;
import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;

/**
 * Warta's Indonesian sentence splitter behind OpenNLP's {@link SentenceDetector} interface.
 *
 * <p>Immutable and thread-safe.
 */
public final class WartaSentenceDetector implements SentenceDetector {
  private final Segmenter segmenter;

  /** Uses the bundled segmenter. */
  public WartaSentenceDetector() {
    this(Segmenter.standard());
  }

  /** Uses the given segmenter. */
  public WartaSentenceDetector(Segmenter segmenter) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  @Override
  public String[] sentDetect(CharSequence s) {
    String text = s.toString();
    return Span.spansToStrings(sentPosDetect(text), text);
  }

  @Override
  public Span[] sentPosDetect(CharSequence s) {
    List<Sentence> sentences = segmenter.segment(s.toString());
    Span[] out = new Span[sentences.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = new Span(sentences.get(i).start(), sentences.get(i).end());
    }
    return out;
  }
}
