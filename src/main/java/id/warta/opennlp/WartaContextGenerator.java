package id.warta.opennlp;

import id.warta.entity.Gazetteer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The name-finder context: {@link WartaFeatureGenerator}'s features plus the previous two outcomes
 * and the previous outcome joined with the lower-cased word. Leaner than OpenNLP's
 * {@code DefaultNameContextGenerator} (no token-class pattern per call).
 *
 * <p>Source-specific features (training only): a generator created with {@code auxiliaryDomain}
 * recognizes sentences {@linkplain AuxiliaryFeatures#mark marked} by the trainer as coming from
 * another annotation source, strips the mark and emits every feature twice, as is and with the
 * prefix {@value AuxiliaryFeatures#PREFIX}. Generators built by the model loader never look for a mark.
 *
 * <p>Not thread-safe (the feature generator caches per sentence): create one per call.
 */
public final class WartaContextGenerator implements NameContextGenerator {
  private final WartaFeatureGenerator features;
  private final List<AdaptiveFeatureGenerator> extra = new ArrayList<>();
  private final boolean auxiliaryDomain;
  private String[] markedSeen;
  private String[] unmarked;

  /** A context generator over {@code gazetteer} (for inference: no source-specific features). */
  public WartaContextGenerator(Gazetteer gazetteer) {
    this(gazetteer, false);
  }

  /** A context generator over {@code gazetteer}; with {@code auxiliaryDomain}, source-specific features for marked sentences. */
  public WartaContextGenerator(Gazetteer gazetteer, boolean auxiliaryDomain) {
    this.features = new WartaFeatureGenerator(gazetteer);
    this.auxiliaryDomain = auxiliaryDomain;
  }

  @Override
  public String[] getContext(int index, String[] tokens, String[] preds, Object[] additionalContext) {
    if (auxiliaryDomain && AuxiliaryFeatures.isMarked(tokens)) {
      if (tokens != markedSeen) {
        markedSeen = tokens;
        unmarked = tokens.clone();
        unmarked[0] = tokens[0].substring(1);
      }
      String[] shared = context(index, unmarked, preds);
      String[] both = Arrays.copyOf(shared, shared.length * 2);
      for (int k = 0; k < shared.length; k++) {
        both[shared.length + k] = AuxiliaryFeatures.PREFIX + shared[k];
      }
      return both;
    }
    return context(index, tokens, preds);
  }

  private String[] context(int index, String[] tokens, String[] preds) {
    List<String> out = new ArrayList<>(64);
    features.createFeatures(out, tokens, index, preds);
    for (AdaptiveFeatureGenerator g : extra) {
      g.createFeatures(out, tokens, index, preds);
    }
    if (preds != null) {
      String po = index > 0 ? preds[index - 1] : "other";
      String ppo = index > 1 ? preds[index - 2] : "other";
      out.add("po=" + po);
      out.add("ppo=" + ppo + "," + po);
      out.add("pow=" + po + "," + features.lower(index));
      if (features.personCue(index)) {
        out.add("pog=" + po);
      }
    }
    return out.toArray(new String[0]);
  }

  @Override
  public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
    extra.add(generator);
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {}

  @Override
  public void clearAdaptiveData() {}
}
