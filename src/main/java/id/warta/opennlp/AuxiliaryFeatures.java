package id.warta.opennlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * Source-specific training features ("frustratingly easy domain adaptation", Daum&eacute; III 2007,
 * one-sided): sentences from another annotation source (IDNer, say) are {@linkplain #mark marked} by
 * the trainer, and for them {@link WartaContextGenerator} emits every feature twice, as is and with
 * the prefix {@value #PREFIX}. The prefixed copies absorb that source's own annotation habits; they
 * never fire at inference, so {@link #withoutAuxiliary} drops their weights from the trained model.
 *
 * <p>Stateless and thread-safe.
 */
public final class AuxiliaryFeatures {
  /** Marks the first token of a training sentence from an auxiliary source (a private-use character). */
  public static final char MARK = '\uE000';

  /** The prefix of the source-specific copy of a feature. */
  public static final String PREFIX = "aux:";

  private AuxiliaryFeatures() {}

  /** A copy of {@code tokens} marked as coming from the auxiliary source. */
  public static String[] mark(String[] tokens) {
    if (tokens.length == 0) {
      throw new IllegalArgumentException("empty sentence");
    }
    String[] out = tokens.clone();
    out[0] = MARK + out[0];
    return out;
  }

  static boolean isMarked(String[] tokens) {
    return tokens.length > 0 && !tokens[0].isEmpty() && tokens[0].charAt(0) == MARK;
  }

  /**
   * The same model without the weights of source-specific features: it scores every unmarked
   * sentence exactly as {@code model} does, in a smaller file.
   *
   * @throws IllegalArgumentException for a model type other than perceptron or maxent (GIS)
   */
  public static MaxentModel withoutAuxiliary(MaxentModel model) {
    return folded(model, 0);
  }

  /**
   * The model with {@code weight} times each source-specific feature's parameters added to its shared
   * feature's, and the source-specific features dropped: unmarked text is scored as
   * {@code shared + weight * aux}, so 0 keeps the shared weights alone and 1 scores text as if it came
   * from the auxiliary source.
   *
   * @throws IllegalArgumentException for a weight outside [0, 1] or a model type other than
   *     perceptron or maxent (GIS)
   */
  @SuppressWarnings("unchecked")
  public static MaxentModel folded(MaxentModel model, double weight) {
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in [0, 1]: " + weight);
    }
    if (!(model instanceof AbstractModel am)) {
      throw new IllegalArgumentException("not an OpenNLP AbstractModel: " + model.getClass().getName());
    }
    Object[] data = am.getDataStructures();
    Map<String, Context> byPredicate = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    Map<String, Context> shared = new LinkedHashMap<>();
    byPredicate.forEach((label, context) -> {
      if (!label.startsWith(PREFIX)) {
        shared.put(label, context);
      }
    });
    if (weight > 0) {
      byPredicate.forEach((label, context) -> {
        if (label.startsWith(PREFIX)) {
          String base = label.substring(PREFIX.length());
          shared.put(base, plus(shared.get(base), context, weight, outcomes.length));
        }
      });
    }
    List<String> labels = new ArrayList<>(shared.keySet());
    Context[] p = shared.values().toArray(new Context[0]);
    String[] l = labels.toArray(new String[0]);
    return switch (am.getModelType()) {
      case Perceptron -> new PerceptronModel(p, l, outcomes);
      case Maxent -> new GISModel(p, l, outcomes);
      default -> throw new IllegalArgumentException("cannot fold a " + am.getModelType() + " model");
    };
  }

  /** {@code a + weight * b} over sparse outcome vectors ({@code a} may be null). */
  private static Context plus(Context a, Context b, double weight, int outcomes) {
    double[] sum = new double[outcomes];
    boolean[] used = new boolean[outcomes];
    if (a != null) {
      for (int k = 0; k < a.getOutcomes().length; k++) {
        sum[a.getOutcomes()[k]] += a.getParameters()[k];
        used[a.getOutcomes()[k]] = true;
      }
    }
    for (int k = 0; k < b.getOutcomes().length; k++) {
      sum[b.getOutcomes()[k]] += weight * b.getParameters()[k];
      used[b.getOutcomes()[k]] = true;
    }
    int n = 0;
    for (boolean u : used) {
      n += u ? 1 : 0;
    }
    int[] o = new int[n];
    double[] v = new double[n];
    for (int k = 0, j = 0; k < outcomes; k++) {
      if (used[k]) {
        o[j] = k;
        v[j++] = sum[k];
      }
    }
    return new Context(o, v);
  }
}
