package id.warta.entity;

import id.warta.opennlp.AuxiliaryFeatures;
import id.warta.opennlp.WartaNameFinderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains OpenNLP name-finder models from labeled sentences, deterministically: one thread, a fixed
 * number of iterations and cutoff, samples in the order given, and every parameter recorded in the
 * model's manifest ({@code warta.*} entries beside OpenNLP's own).
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityTrainer {
  private EntityTrainer() {}

  /**
   * Training parameters.
   *
   * @param algorithm {@code PERCEPTRON} or {@code MAXENT}
   * @param iterations training iterations
   * @param cutoff minimum feature count
   * @param beamSize decoder beam size recorded in the model (1 is greedy)
   * @param caseEvery add an upper-case copy of every n-th sentence and a lower-case copy of every n-th
   *     sentence counted from n/2 (0: none)
   * @param substituteEvery add a copy with gazetteer names substituted for every n-th sentence (0: none)
   */
  public record Params(String algorithm, int iterations, int cutoff, int beamSize, int caseEvery, int substituteEvery) {
    public Params {
      Objects.requireNonNull(algorithm, "algorithm");
      if (!algorithm.equals("PERCEPTRON") && !algorithm.equals("MAXENT")) {
        throw new IllegalArgumentException("algorithm must be PERCEPTRON or MAXENT: " + algorithm);
      }
      if (iterations < 1 || cutoff < 0 || beamSize < 1 || caseEvery < 0 || substituteEvery < 0) {
        throw new IllegalArgumentException("bad parameters " + iterations + "/" + cutoff + "/" + beamSize);
      }
    }

    /** The parameters of the shipped model. */
    public static Params standard() {
      return new Params("PERCEPTRON", 300, 0, 1, 6, 2);
    }

    Map<String, String> manifest() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("algorithm", algorithm);
      m.put("iterations", Integer.toString(iterations));
      m.put("cutoff", Integer.toString(cutoff));
      m.put("beamSize", Integer.toString(beamSize));
      m.put("caseEvery", Integer.toString(caseEvery));
      m.put("substituteEvery", Integer.toString(substituteEvery));
      m.put("threads", "1");
      return m;
    }

    TrainingParameters opennlp() {
      TrainingParameters p = new TrainingParameters();
      p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
      p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
      p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
      p.put(TrainingParameters.THREADS_PARAM, 1);
      p.put(BeamSearch.BEAM_SIZE_PARAMETER, beamSize);
      p.put("DataIndexer", "OnePass");
      return p;
    }
  }

  /** A model with Warta's features, trained on {@code sentences} (whose description goes in the manifest as {@code warta.data}). */
  public static TokenNameFinderModel train(List<LabeledSentence> sentences, Params params, String dataDescription) {
    return train(sentences, List.of(), 0, params, dataDescription);
  }

  /**
   * A model with Warta's features, trained on {@code sentences} and on {@code auxiliary} sentences from
   * another annotation source, which get source-specific feature copies besides the shared features
   * (see {@link AuxiliaryFeatures}): the model learns that source's habits (IDNer leaving a country
   * before a noun untagged, say) in separate weights. {@code auxiliaryWeight} is the share of those
   * weights folded into the shared ones in the saved model: 0 drops them (the model follows our
   * corpus), 1 scores text as if it came from the auxiliary source.
   */
  public static TokenNameFinderModel train(List<LabeledSentence> sentences, List<LabeledSentence> auxiliary,
      double auxiliaryWeight, Params params, String dataDescription) {
    Map<String, String> manifest = params.manifest();
    manifest.put("data", dataDescription);
    manifest.put("sentences", Integer.toString(sentences.size()));
    if (auxiliary.isEmpty()) {
      return train(samples(sentences, params.caseEvery(), params.substituteEvery()), params, new WartaNameFinderFactory(manifest));
    }
    manifest.put("auxiliarySentences", Integer.toString(auxiliary.size()));
    manifest.put("auxiliaryWeight", Double.toString(auxiliaryWeight));
    Map<String, String> info = new HashMap<>();
    MaxentModel m = trainWithAuxiliary(sentences, auxiliary, params, manifest, info);
    return model(AuxiliaryFeatures.folded(m, auxiliaryWeight), params, manifest, info);
  }

  /** The raw OpenNLP model with the source-specific weights still in it (NameFinderME.train's event path). */
  static MaxentModel trainWithAuxiliary(List<LabeledSentence> sentences, List<LabeledSentence> auxiliary, Params params,
      Map<String, String> manifest, Map<String, String> info) {
    List<NameSample> samples = samples(sentences, params.caseEvery(), params.substituteEvery());
    for (NameSample s : samples(auxiliary, params.caseEvery(), params.substituteEvery())) {
      samples.add(new NameSample(AuxiliaryFeatures.mark(s.getSentence()), s.getNames(), s.isClearAdaptiveDataSet()));
    }
    WartaNameFinderFactory training = new WartaNameFinderFactory(manifest, true);
    try {
      return TrainerFactory.getEventTrainer(params.opennlp(), info).train(new NameFinderEventStream(
          ObjectStreamUtils.createObjectStream(samples), null, training.createContextGenerator(), training.createSequenceCodec()));
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e);
    }
  }

  /** A name-finder model around {@code m} that loads with the plain Warta factory. */
  static TokenNameFinderModel model(MaxentModel m, Params params, Map<String, String> manifest, Map<String, String> info) {
    return new TokenNameFinderModel("id", m, params.beamSize(), null, Map.of(), info, new BioCodec(),
        new WartaNameFinderFactory(manifest));
  }

  /** A model with OpenNLP's default features (for comparison), trained the same way. */
  public static TokenNameFinderModel trainDefaultFeatures(List<LabeledSentence> sentences, Params params) {
    List<NameSample> samples = samples(sentences, params.caseEvery(), params.substituteEvery());
    return train(samples, params, new TokenNameFinderFactory(null, Map.of(), new BioCodec()));
  }

  private static TokenNameFinderModel train(List<NameSample> samples, Params params, TokenNameFinderFactory factory) {
    try {
      return NameFinderME.train("id", null, ObjectStreamUtils.createObjectStream(samples), params.opennlp(), factory);
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e);
    }
  }

  /** OpenNLP samples, with the case copies if asked. */
  static List<NameSample> samples(List<LabeledSentence> sentences, int caseEvery, int substituteEvery) {
    List<NameSample> out = new ArrayList<>(sentences.size() * 2);
    MentionSubstitution sub = substituteEvery > 0 ? new MentionSubstitution(Gazetteer.standard()) : null;
    int i = 0;
    for (LabeledSentence s : sentences) {
      if (sub != null && i % substituteEvery == 0) {
        LabeledSentence copy = sub.substitute(s);
        if (copy != null) {
          out.add(new NameSample(copy.tokenArray(), spans(copy), true));
        }
      }
      String[] tokens = s.tokenArray();
      Span[] spans = spans(s);
      out.add(new NameSample(tokens, spans, true));
      if (caseEvery > 0 && i % caseEvery == 0) {
        out.add(new NameSample(cased(tokens, true), spans, true));
      } else if (caseEvery > 0 && i % caseEvery == caseEvery / 2) {
        out.add(new NameSample(cased(tokens, false), spans, true));
      }
      i++;
    }
    return out;
  }

  private static Span[] spans(LabeledSentence s) {
    Span[] spans = new Span[s.mentions().size()];
    for (int k = 0; k < spans.length; k++) {
      TokenMention m = s.mentions().get(k);
      spans[k] = new Span(m.start(), m.end(), m.type().name());
    }
    return spans;
  }

  private static String[] cased(String[] tokens, boolean upper) {
    String[] out = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = upper ? tokens[i].toUpperCase(Locale.ROOT) : tokens[i].toLowerCase(Locale.ROOT);
    }
    return out;
  }
}
