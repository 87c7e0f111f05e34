package id.warta.opennlp;

import id.warta.entity.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The name-finder context: {@link WartaFeatureGenerator}'s features plus the previous two outcomes
 * and the previous outcome joined with the lower-cased word. Leaner than OpenNLP's
 * {@code DefaultNameContextGenerator} (no token-class pattern per call).
 *
 * <p>Not thread-safe (the feature generator caches per sentence): create one per call.
 */
public final class WartaContextGenerator implements NameContextGenerator {
  private final WartaFeatureGenerator features;
  private final List<AdaptiveFeatureGenerator> extra = new ArrayList<>();

  /** A context generator over {@code gazetteer}. */
  public WartaContextGenerator(Gazetteer gazetteer) {
    this.features = new WartaFeatureGenerator(gazetteer);
  }

  @Override
  public String[] getContext(int index, String[] tokens, String[] preds, Object[] additionalContext) {
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
