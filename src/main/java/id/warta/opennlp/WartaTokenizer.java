package id.warta.opennlp;

import id.warta.tokenize.IndonesianTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Warta's Indonesian tokenizer behind OpenNLP's {@link Tokenizer} interface, for pipelines built on
 * OpenNLP. Span types are the {@link id.warta.text.TokenKind} names.
 *
 * <p>Immutable and thread-safe.
 */
public final class WartaTokenizer implements Tokenizer {
  private final IndonesianTokenizer tokenizer;

  /** Uses the bundled tokenizer. */
  public WartaTokenizer() {
    this(IndonesianTokenizer.standard());
  }

  /** Uses the given tokenizer. */
  public WartaTokenizer(IndonesianTokenizer tokenizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
  }

  @Override
  public String[] tokenize(String s) {
    return Span.spansToStrings(tokenizePos(s), s);
  }

  @Override
  public Span[] tokenizePos(String s) {
    List<Span> out = new ArrayList<>();
    tokenizer.tokenize(s, (start, end, kind) -> out.add(new Span(start, end, kind.name())));
    return out.toArray(new Span[0]);
  }
}
