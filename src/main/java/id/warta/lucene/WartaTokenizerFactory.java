package id.warta.lucene;

import id.warta.tokenize.IndonesianTokenizer;
import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link WartaTokenizer}, SPI name {@value #NAME}. Takes no parameters.
 *
 * <pre class="prettyprint">
 * &lt;tokenizer class="id.warta.lucene.WartaTokenizerFactory"/&gt;   (or name="warta")
 * </pre>
 *
 * <p>Thread-safe once constructed.
 */
public class WartaTokenizerFactory extends TokenizerFactory {
  /** The SPI name. */
  public static final String NAME = "warta";

  /** Creates a factory; rejects any parameter. */
  public WartaTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For {@link java.util.ServiceLoader} only. */
  public WartaTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public WartaTokenizer create(AttributeFactory factory) {
    return new WartaTokenizer(factory, IndonesianTokenizer.standard());
  }
}
