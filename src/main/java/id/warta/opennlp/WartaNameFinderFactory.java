package id.warta.opennlp;

import id.warta.entity.Gazetteer;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The OpenNLP name-finder factory of Warta's entity model: it replaces the XML-described default
 * features with {@link WartaFeatureGenerator} over the bundled {@link Gazetteer}. The model zip
 * records this class in its manifest, so {@code new TokenNameFinderModel(in)} followed by
 * {@code new NameFinderME(model)} works for OpenNLP users with Warta on the class path.
 *
 * <p>Thread-safe; each generator it creates is not (create one per thread or call).
 */
public final class WartaNameFinderFactory extends TokenNameFinderFactory {
  /** Manifest key prefix for Warta's recorded training parameters. */
  public static final String MANIFEST_PREFIX = "warta.";

  private final Map<String, String> extraManifest = new HashMap<>();
  private final boolean auxiliaryDomain;

  /** For OpenNLP's model loader. */
  public WartaNameFinderFactory() {
    this.auxiliaryDomain = false;
  }

  /** A factory for training with the BIO codec; {@code manifest} entries are recorded in the model. */
  public WartaNameFinderFactory(Map<String, String> manifest) {
    this(manifest, false);
  }

  /**
   * A factory for training with the BIO codec; {@code manifest} entries are recorded in the model. With
   * {@code auxiliaryDomain}, sentences marked by the trainer get source-specific feature copies (see
   * {@link WartaContextGenerator}); the saved model always loads with the plain generator.
   */
  public WartaNameFinderFactory(Map<String, String> manifest, boolean auxiliaryDomain) {
    super(null, Map.of(), new BioCodec());
    extraManifest.putAll(manifest);
    this.auxiliaryDomain = auxiliaryDomain;
  }

  @Override
  public SequenceCodec<String> createSequenceCodec() {
    return new BioCodec();
  }

  @Override
  public NameContextGenerator createContextGenerator() {
    return new WartaContextGenerator(Gazetteer.standard(), auxiliaryDomain);
  }

  @Override
  public AdaptiveFeatureGenerator createFeatureGenerators() {
    return new WartaFeatureGenerator(Gazetteer.standard());
  }

  @Override
  public Map<String, String> createManifestEntries() {
    Map<String, String> m = new HashMap<>(super.createManifestEntries());
    extraManifest.forEach((k, v) -> m.put(MANIFEST_PREFIX + k, v));
    return m;
  }
}
