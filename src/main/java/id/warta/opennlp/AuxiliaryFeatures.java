package id.warta.opennlp;

import java.util.ArrayList;
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
  @SuppressWarnings("unchecked")
  public static MaxentModel withoutAuxiliary(MaxentModel model) {
    if (!(model instanceof AbstractModel am)) {
      throw new IllegalArgumentException("not an OpenNLP AbstractModel: " + model.getClass().getName());
    }
    Object[] data = am.getDataStructures();
    Map<String, Context> byPredicate = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    List<String> labels = new ArrayList<>(byPredicate.size());
    List<Context> params = new ArrayList<>(byPredicate.size());
    byPredicate.forEach((label, context) -> {
      if (!label.startsWith(PREFIX)) {
        labels.add(label);
        params.add(context);
      }
    });
    Context[] p = params.toArray(new Context[0]);
    String[] l = labels.toArray(new String[0]);
    return switch (am.getModelType()) {
      case Perceptron -> new PerceptronModel(p, l, outcomes);
      case Maxent -> new GISModel(p, l, outcomes);
      default -> throw new IllegalArgumentException("cannot prune a " + am.getModelType() + " model");
    };
  }
}
