package id.warta.entity;

import id.warta.Stages;
import id.warta.entity.Gazetteer.Category;
import id.warta.opennlp.WartaContextGenerator;
import id.warta.opennlp.WartaFeatureGenerator;
import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.tokenize.Segmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;

/**
 * Finds PER, ORG, LOC and PRODUCT mentions: an OpenNLP name-finder model with Warta's features
 * ({@link WartaFeatureGenerator}), then {@link EntityRules rules} for unambiguous patterns and the
 * user's own entries.
 *
 * <pre>{@code
 * EntityRecognizer ner = EntityRecognizer.standard();
 * List<Entity> es = ner.find("BMW Group menjalin kemitraan dengan Alibaba Group di Shanghai.");
 * }</pre>
 *
 * <p>Immutable and thread-safe: the model is only read, and every call decodes with its own
 * context generator and beam search (OpenNLP's {@code NameFinderME} is not thread-safe and is not
 * used here).
 */
public final class EntityRecognizer implements Stages.EntityStage {
  /** The bundled model, next to this class. */
  public static final String MODEL_RESOURCE = "warta-entities.bin";

  private static final String[][] NO_CONTEXT = new String[0][0];
  private static final String CLASSIFIER_ENTRY = "nameFinder.model";
  private static final int SHARPNESS = 6;

  private static final class Bundled {
    static final EntityRecognizer INSTANCE = builder().build();
  }

  private final TokenNameFinderModel model;
  private final SequenceCodec<String> codec;
  private final Gazetteer gazetteer;
  private final EntityRules rules;
  private final boolean useRules;
  private final Segmenter segmenter;
  private final MaxentModel classifier;
  private final int beamSize;
  private final String[] outcomeNames;
  private final String[] outcomeTypes;
  private final boolean[] outcomeContinues;

  private EntityRecognizer(Builder b) {
    this.model = b.model != null ? b.model : bundledModel();
    Object artifact = model.getArtifact(CLASSIFIER_ENTRY);
    if (!(artifact instanceof MaxentModel)) {
      throw new IllegalArgumentException("not a maxent or perceptron name-finder model: " + CLASSIFIER_ENTRY + " is " + artifact);
    }
    this.classifier = (MaxentModel) artifact;
    this.beamSize = b.beamSize;
    int k = classifier.getNumOutcomes();
    this.outcomeNames = new String[k];
    this.outcomeTypes = new String[k];
    this.outcomeContinues = new boolean[k];
    for (int o = 0; o < k; o++) {
      String name = classifier.getOutcome(o);
      outcomeNames[o] = name;
      int dash = name.lastIndexOf('-');
      outcomeTypes[o] = dash > 0 ? name.substring(0, dash) : null;
      outcomeContinues[o] = name.endsWith("-" + BioCodec.CONTINUE);
    }
    this.codec = model.getFactory().createSequenceCodec();
    Gazetteer.Builder all = b.gazetteer.toBuilder();
    Gazetteer.Builder user = Gazetteer.builder();
    for (UserEntry e : b.userEntries) {
      all.add(e.category(), e.name());
      user.add(e.category(), e.name());
    }
    this.gazetteer = b.userEntries.isEmpty() ? b.gazetteer : all.build();
    this.rules = new EntityRules(gazetteer, user.build());
    this.useRules = b.rules;
    this.segmenter = b.segmenter;
  }

  /** The recognizer with the bundled model and gazetteer (shared instance, loaded on first use). */
  public static EntityRecognizer standard() {
    return Bundled.INSTANCE;
  }

  /** A builder starting from the bundled model and gazetteer. */
  public static Builder builder() {
    return new Builder();
  }

  /** Loads the bundled model. A missing model is a packaging bug. */
  public static TokenNameFinderModel bundledModel() {
    try (InputStream in = EntityRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IOException("missing bundled resource " + MODEL_RESOURCE + " next to " + EntityRecognizer.class.getName());
      }
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the bundled entity model " + MODEL_RESOURCE, e);
    }
  }

  /** The gazetteer in use (bundled plus user entries). */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The underlying OpenNLP model. */
  public TokenNameFinderModel model() {
    return model;
  }

  /** The mentions in raw {@code text}, segmented with this recognizer's segmenter, ordered by offset. */
  public List<Entity> find(String text) {
    Objects.requireNonNull(text, "text");
    return find(text, segmenter.segment(text));
  }

  /** The mentions in already segmented {@code sentences} of {@code text}, ordered by offset. */
  @Override
  public List<Entity> find(String text, List<Sentence> sentences) {
    return find(sentences);
  }

  /**
   * The mentions in already segmented sentences, ordered by offset. Each starts where a token starts
   * and ends where a token ends: a name ending in an abbreviation keeps the whole token ({@code PT
   * Timah Tbk.}), also when that period closes the sentence.
   */
  public List<Entity> find(List<Sentence> sentences) {
    List<Entity> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(i).text();
      }
      for (TokenMention m : findMentions(words)) {
        // spans fall on token boundaries: a name ending in an abbreviation keeps its period (PT Timah
        // Tbk.), also where that period closes the sentence, as the token does
        int start = tokens.get(m.start()).start();
        int end = tokens.get(m.end() - 1).end();
        String t = s.text().substring(start - s.start(), end - s.start());
        out.add(new Entity(m.type(), t, start, end, clamp(m.score())));
      }
    }
    return out;
  }

  /**
   * The mentions over pre-tokenized text (one sentence), ordered, non-overlapping.
   *
   * @throws NullPointerException if {@code tokens} or one of its elements is null
   */
  public List<TokenMention> findMentions(String[] tokens) {
    Objects.requireNonNull(tokens, "tokens");
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i] == null) {
        throw new NullPointerException("tokens[" + i + "] is null");
      }
    }
    if (tokens.length == 0) {
      return List.of();
    }
    NameContextGenerator cg = new WartaContextGenerator(gazetteer);
    List<String> outcomes;
    double[] probs;
    if (beamSize == 1) {
      String[] best = new String[tokens.length];
      probs = new double[tokens.length];
      greedy(tokens, cg, best, probs);
      outcomes = java.util.Arrays.asList(best);
    } else {
      Sequence seq = new BeamSearch(beamSize, classifier).bestSequence(tokens, NO_CONTEXT, cg, codec.createSequenceValidator());
      outcomes = seq.getOutcomes();
      probs = seq.getProbs();
    }
    Span[] spans = codec.decode(outcomes);
    List<TokenMention> out = new ArrayList<>(spans.length);
    for (Span sp : spans) {
      double sum = 0;
      for (int i = sp.getStart(); i < sp.getEnd(); i++) {
        sum += probs[i];
      }
      out.add(new TokenMention(sp.getStart(), sp.getEnd(), EntityType.valueOf(sp.getType()), sum / sp.length()));
    }
    return withoutHandles(tokens, useRules ? rules.apply(tokens, out) : out);
  }

  /**
   * {@code mentions} without the hashtags, handles, addresses and links among their tokens
   * ({@code #Pemilu2024}, {@code @kpu_ri}, {@code humas@kpu.go.id}, {@code https://...}): these name an
   * account or a topic, not the entity, so a mention is cut at them and what is left of it kept.
   */
  static List<TokenMention> withoutHandles(String[] tokens, List<TokenMention> mentions) {
    List<TokenMention> out = null;
    for (int k = 0; k < mentions.size(); k++) {
      TokenMention m = mentions.get(k);
      boolean clean = true;
      for (int i = m.start(); i < m.end() && clean; i++) {
        clean = !isHandle(tokens[i]);
      }
      if (clean) {
        if (out != null) {
          out.add(m);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(mentions.subList(0, k));
      }
      int from = -1;
      for (int i = m.start(); i <= m.end(); i++) {
        if (i < m.end() && !isHandle(tokens[i])) {
          from = from < 0 ? i : from;
        } else if (from >= 0) {
          out.add(new TokenMention(from, i, m.type(), m.score()));
          from = -1;
        }
      }
    }
    return out == null ? mentions : out;
  }

  /** Whether a token is a hashtag, a handle, an e-mail address or a link. */
  private static boolean isHandle(String token) {
    if (token.length() < 2) {
      return false;
    }
    char c = token.charAt(0);
    return (c == '#' || c == '@') && Character.isLetterOrDigit(token.charAt(1))
        || token.indexOf('@') > 0 || token.contains("://") || token.startsWith("www.");
  }

  /**
   * Greedy left-to-right decoding: the best outcome at each token that keeps the BIO sequence valid
   * (a continuation only after a start or continuation of its type).
   */
  private void greedy(String[] tokens, NameContextGenerator cg, String[] out, double[] probs) {
    int k = outcomeNames.length;
    double[] scores = new double[k];
    int prev = -1;
    for (int i = 0; i < tokens.length; i++) {
      String[] context = cg.getContext(i, tokens, out, NO_CONTEXT);
      double[] p = classifier.eval(context, scores);
      int best = -1;
      for (int o = 0; o < k; o++) {
        if ((best < 0 || p[o] > p[best])
            && (!outcomeContinues[o] || (prev >= 0 && outcomeTypes[prev] != null && outcomeTypes[prev].equals(outcomeTypes[o])))) {
          best = o;
        }
      }
      out[i] = outcomeNames[best];
      probs[i] = outcomeTypes[best] == null ? p[best] : sharpened(p, best);
      prev = best;
    }
  }

  /**
   * The confidence of outcome {@code best}: OpenNLP's perceptron spreads its normalized scores over
   * roughly [0.1, 0.5] for nine outcomes, so they are sharpened (raised to the power
   * {@value #SHARPNESS} and renormalized) into a usable [0, 1] confidence. Not a calibrated probability.
   */
  private static double sharpened(double[] p, int best) {
    double sum = 0;
    for (double v : p) {
      sum += Math.pow(v / p[best], SHARPNESS);
    }
    return 1 / sum;
  }

  private static double clamp(double d) {
    return Double.isNaN(d) ? 0 : Math.max(0, Math.min(1, d));
  }

  private record UserEntry(Category category, String name) {}

  /** Configures an {@link EntityRecognizer}. Not thread-safe. */
  public static final class Builder {
    private TokenNameFinderModel model;
    private Gazetteer gazetteer = Gazetteer.standard();
    private final List<UserEntry> userEntries = new ArrayList<>();
    private boolean rules = true;
    private Segmenter segmenter = Segmenter.standard();
    private int beamSize = 1;

    private Builder() {}

    /** The decoder's beam size (default 1, greedy: as accurate as 3 on our data and three times as fast). */
    public Builder beamSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("beam size must be positive: " + size);
      }
      this.beamSize = size;
      return this;
    }

    /** A model trained with {@link EntityTrainer} (default: the bundled one). */
    public Builder model(TokenNameFinderModel model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /** The gazetteer whose matches are features (default: the bundled lists). */
    public Builder gazetteer(Gazetteer gazetteer) {
      this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
      return this;
    }

    /**
     * Adds names the recognizer must tag as {@code type} wherever they occur (case-insensitive),
     * for example a company's own brands. They are also gazetteer features.
     */
    public Builder add(EntityType type, Collection<String> names) {
      Objects.requireNonNull(type, "type");
      for (String n : names) {
        userEntries.add(new UserEntry(Category.of(type), Objects.requireNonNull(n, "name")));
      }
      return this;
    }

    /** Adds names of one type; see {@link #add(EntityType, Collection)}. */
    public Builder add(EntityType type, String... names) {
      return add(type, List.of(names));
    }

    /** Whether to apply the rule layer (default true). */
    public Builder rules(boolean on) {
      this.rules = on;
      return this;
    }

    /** The segmenter for {@link EntityRecognizer#find(String)} (default: the standard one). */
    public Builder segmenter(Segmenter segmenter) {
      this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
      return this;
    }

    /** The recognizer. */
    public EntityRecognizer build() {
      return new EntityRecognizer(this);
    }
  }
}
