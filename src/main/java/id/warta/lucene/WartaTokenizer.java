package id.warta.lucene;

import id.warta.text.TokenKind;
import id.warta.tokenize.IndonesianTokenizer;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * A Lucene {@link Tokenizer} over Warta's {@link IndonesianTokenizer}: numbers with thousands dots
 * and decimal commas, reduplications ({@code mobil-mobil}), abbreviations, URLs and e-mail addresses
 * stay whole. Punctuation, symbols and stray characters are dropped; every other token is emitted
 * with its offsets and its {@link TokenKind} name as type ({@code WORD}, {@code NUMBER},
 * {@code ALPHANUMERIC}, {@code URL}...).
 *
 * <p>The whole input is read before the first token (Warta's tokenizer needs look-ahead across
 * the text). Not thread-safe, like every Lucene {@code Tokenizer}: one per thread, as
 * {@code Analyzer} arranges.
 */
public final class WartaTokenizer extends Tokenizer {
  private final IndonesianTokenizer tokenizer;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final StringBuilder buffer = new StringBuilder();
  private final char[] chunk = new char[4096];
  private String text = "";
  private int[] spans = new int[48];
  private TokenKind[] kinds = new TokenKind[16];
  private int count;
  private int next;

  /** A tokenizer with the bundled abbreviation list. */
  public WartaTokenizer() {
    this(IndonesianTokenizer.standard());
  }

  /** A tokenizer backed by {@code tokenizer}. */
  public WartaTokenizer(IndonesianTokenizer tokenizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
  }

  /** A tokenizer with the given attribute factory, backed by {@code tokenizer}. */
  public WartaTokenizer(AttributeFactory factory, IndonesianTokenizer tokenizer) {
    super(factory);
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (next >= count) {
      return false;
    }
    int s = spans[2 * next];
    int e = spans[2 * next + 1];
    termAtt.copyBuffer(chars(), s, e - s);
    offsetAtt.setOffset(correctOffset(s), correctOffset(e));
    typeAtt.setType(kinds[next].name());
    next++;
    return true;
  }

  private char[] textChars;

  private char[] chars() {
    if (textChars == null) {
      textChars = text.toCharArray();
    }
    return textChars;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    buffer.setLength(0);
    int n;
    while ((n = input.read(chunk)) != -1) {
      buffer.append(chunk, 0, n);
    }
    text = buffer.toString();
    textChars = null;
    count = 0;
    next = 0;
    tokenizer.tokenize(text, (s, e, kind) -> {
      if (kind == TokenKind.PUNCTUATION || kind == TokenKind.SYMBOL || kind == TokenKind.OTHER) {
        return;
      }
      if (2 * count + 2 > spans.length) {
        spans = Arrays.copyOf(spans, spans.length * 2);
      }
      if (count + 1 > kinds.length) {
        kinds = Arrays.copyOf(kinds, kinds.length * 2);
      }
      spans[2 * count] = s;
      spans[2 * count + 1] = e;
      kinds[count++] = kind;
    });
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(text.length());
    offsetAtt.setOffset(end, end);
  }

  @Override
  public void close() throws IOException {
    super.close();
    text = "";
    textChars = null;
    buffer.setLength(0);
    if (buffer.capacity() > 1 << 16) {
      buffer.trimToSize();
    }
    count = 0;
    next = 0;
  }
}
