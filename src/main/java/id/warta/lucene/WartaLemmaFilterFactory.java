package id.warta.lucene;

import id.warta.morph.Lemmatizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link WartaLemmaFilter}, SPI name {@value #NAME}. Parameters (all optional):
 * <ul>
 *   <li>{@code informal} ({@code true}/{@code false}): recognize Jakarta-style informal forms;
 *   <li>{@code lexicon}: comma-separated user lexicon files in the bundled root format
 *       ({@code root<TAB>POS[<TAB>flags]}), added to the bundled roots;
 *   <li>{@code protected}: comma-separated word-list files (one word per line, {@code #} comments):
 *       words that are never lemmatized.
 * </ul>
 *
 * <pre class="prettyprint">
 * &lt;filter class="id.warta.lucene.WartaLemmaFilterFactory" protected="names.txt"/&gt;   (or name="wartaLemma")
 * </pre>
 *
 * <p>Thread-safe once {@link #inform} has run.
 */
public class WartaLemmaFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {
  /** The SPI name. */
  public static final String NAME = "wartaLemma";

  private final boolean informal;
  private final List<String> lexiconFiles;
  private final List<String> protectedFiles;
  private volatile Lemmatizer lemmatizer;

  /** Creates a factory; throws {@link IllegalArgumentException} on unknown parameters. */
  public WartaLemmaFilterFactory(Map<String, String> args) {
    super(args);
    informal = getBoolean(args, "informal", false);
    lexiconFiles = getList(args, "lexicon");
    protectedFiles = getList(args, "protected");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    if (!informal && lexiconFiles.isEmpty() && protectedFiles.isEmpty()) {
      lemmatizer = Lemmatizer.standard();
    }
  }

  /** For {@link java.util.ServiceLoader} only. */
  public WartaLemmaFilterFactory() {
    throw defaultCtorException();
  }

  private List<String> getList(Map<String, String> args, String name) {
    String v = get(args, name);
    return v == null ? List.of() : splitFileNames(v);
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (lemmatizer != null && lemmatizer == Lemmatizer.standard()) {
      return;
    }
    Lemmatizer.Builder b = Lemmatizer.builder().informal(informal);
    for (String file : lexiconFiles) {
      try (InputStream in = loader.openResource(file)) {
        b.addLexicon(in, file);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("bad lexicon file " + file + ": " + e.getMessage(), e);
      }
    }
    for (String file : protectedFiles) {
      List<String> words = getLines(loader, file);
      b.protect(words);
    }
    lemmatizer = b.build();
  }

  @Override
  public TokenStream create(TokenStream input) {
    Lemmatizer l = lemmatizer;
    if (l == null) {
      throw new IllegalStateException("inform(ResourceLoader) was not called");
    }
    return new WartaLemmaFilter(input, l);
  }
}
