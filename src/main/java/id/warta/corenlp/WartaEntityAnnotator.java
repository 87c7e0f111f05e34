package id.warta.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import id.warta.entity.Entity;
import id.warta.entity.EntityRecognizer;
import id.warta.entity.EntityType;
import id.warta.internal.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Warta's named-entity recognizer as a CoreNLP annotator, in place of CoreNLP's {@code ner}: sets
 * each token's {@code NamedEntityTagAnnotation} ({@code PER}, {@code ORG}, {@code LOC},
 * {@code PRODUCT} or {@code O}) and {@code NamedEntityTagProbsAnnotation} (the mention's confidence;
 * -1 for {@code O}, as CoreNLP does), and, unless switched off, the entity mentions that CoreNLP's
 * {@code entitymentions} builds ({@code MentionsAnnotation} on the document and on each sentence;
 * {@link edu.stanford.nlp.pipeline.CoreDocument#entityMentions()} reads them). The Warta
 * {@link Entity} records go under {@link WartaAnnotations.EntitiesAnnotation}.
 *
 * <pre>
 * customAnnotatorClass.wartaner = id.warta.corenlp.WartaEntityAnnotator
 * annotators = wartasegment, wartaner
 * </pre>
 *
 * <p>Needs tokens with character offsets in sentences, best from {@link WartaSegmenterAnnotator}
 * (the model was trained on its tokens); no part-of-speech tags or lemmas.
 *
 * <p>Properties, prefixed with the name the annotator is registered under (here {@code wartaner}):
 * <ul>
 *   <li>{@code wartaner.tags}: {@code warta} (default: {@code PER}, {@code ORG}, {@code LOC},
 *       {@code PRODUCT}) or {@code corenlp} (CoreNLP's English names: {@code PERSON},
 *       {@code ORGANIZATION}, {@code LOCATION}; {@code PRODUCT} stays);
 *   <li>{@code wartaner.mentions} ({@code true}/{@code false}, default true): build entity mentions;
 *   <li>{@code wartaner.names}: comma-separated files of names to tag wherever they occur, one
 *       {@code TYPE<TAB>name} per line ({@code TYPE} is {@code PER}, {@code ORG}, {@code LOC} or
 *       {@code PRODUCT}; {@code #} comments);
 *   <li>{@code wartaner.model}: a model trained with {@code warta train entities} in place of the bundled one;
 *   <li>{@code wartaner.beamSize} (positive integer, default 1): the decoder's beam;
 *   <li>{@code wartaner.rules} ({@code true}/{@code false}, default true): apply Warta's rule layer.
 * </ul>
 * Files are found on the class path, the file system or as URLs. An unknown property under the
 * prefix, a bad value or an unreadable file is an {@link IllegalArgumentException}.
 *
 * <p>Immutable and thread-safe after construction: the recognizer only reads its model; the
 * bundled model loads once per JVM and is shared by every instance without options.
 */
public final class WartaEntityAnnotator implements Annotator {
  /** The name this annotator is documented under. */
  public static final String NAME = "wartaner";

  private static final String OUTSIDE = "O";

  private final EntityRecognizer recognizer;
  private final Map<EntityType, String> tags;
  private final boolean mentions;

  /** The annotator registered as {@code name}, configured by {@code name.*} properties. */
  public WartaEntityAnnotator(String name, Properties props) {
    AnnotatorOptions o = new AnnotatorOptions(name, props);
    boolean corenlpTags = o.choice("tags", "warta", "warta", "corenlp").equals("corenlp");
    this.mentions = o.bool("mentions", true);
    List<String> names = o.files("names");
    String model = o.string("model");
    int beamSize = o.positiveInt("beamSize", 1);
    boolean rules = o.bool("rules", true);
    o.finish();
    this.tags = tags(corenlpTags);
    if (names.isEmpty() && model == null && beamSize == 1 && rules) {
      this.recognizer = EntityRecognizer.standard();
      return;
    }
    EntityRecognizer.Builder b = EntityRecognizer.builder().beamSize(beamSize).rules(rules);
    if (model != null) {
      InputStream opened = o.open("model", model);
      try (InputStream in = opened) {
        b.model(new TokenNameFinderModel(in));
      } catch (IOException | RuntimeException e) {
        throw o.badFile("model", model, e);
      }
    }
    for (String file : names) {
      InputStream in = o.open("names", file);
      try {
        addNames(b, DataFiles.lines(in, file), file);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw o.badFile("names", file, e);
      }
    }
    this.recognizer = b.build();
  }

  /** The annotator with the bundled recognizer, Warta's tags and mentions. */
  public WartaEntityAnnotator() {
    this(EntityRecognizer.standard());
  }

  /** The annotator backed by {@code recognizer}, with Warta's tags and mentions. */
  public WartaEntityAnnotator(EntityRecognizer recognizer) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
    this.tags = tags(false);
    this.mentions = true;
  }

  /** The recognizer in use. */
  public EntityRecognizer recognizer() {
    return recognizer;
  }

  private static Map<EntityType, String> tags(boolean corenlp) {
    Map<EntityType, String> m = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      m.put(t, t.name());
    }
    if (corenlp) {
      m.put(EntityType.PER, "PERSON");
      m.put(EntityType.ORG, "ORGANIZATION");
      m.put(EntityType.LOC, "LOCATION");
    }
    return Map.copyOf(m);
  }

  private static void addNames(EntityRecognizer.Builder b, List<String> lines, String file) {
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      EntityType type = null;
      if (f.length == 2 && !f[1].isBlank()) {
        try {
          type = EntityType.valueOf(f[0].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          // reported below
        }
      }
      if (type == null) {
        throw new IllegalArgumentException(file + " entry " + (i + 1) + ": expected TYPE<TAB>name with TYPE one of PER, ORG, LOC, PRODUCT: '"
            + lines.get(i) + "'");
      }
      b.add(type, f[1].strip());
    }
  }

  /**
   * Tags every token of every sentence and builds the mentions.
   *
   * @throws IllegalArgumentException if the annotation has no text or sentences, or a token no offsets
   */
  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> allMentions = new ArrayList<>();
    List<Entity> allEntities = new ArrayList<>();
    for (CoreNlpSentences.Bridged b : CoreNlpSentences.of(annotation, getClass().getSimpleName())) {
      List<CoreLabel> tokens = b.tokens();
      for (CoreLabel l : tokens) {
        l.setNER(OUTSIDE);
        l.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, Map.of(OUTSIDE, -1.0));
      }
      List<Entity> entities = b.warta() == null ? List.of() : recognizer.find(List.of(b.warta()));
      List<CoreMap> sentenceMentions = new ArrayList<>(entities.size());
      for (Entity e : entities) {
        String tag = tags.get(e.type());
        List<CoreLabel> covered = new ArrayList<>();
        for (int i : b.index()) {
          CoreLabel l = tokens.get(i);
          if (l.beginPosition() < e.end() && l.endPosition() > e.start()) {
            l.setNER(tag);
            l.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, Map.of(tag, e.score()));
            covered.add(l);
          }
        }
        if (mentions && !covered.isEmpty()) {
          CoreMap m = mention(e, tag, covered, b.sentence(), allMentions.size());
          sentenceMentions.add(m);
          allMentions.add(m);
        }
      }
      b.sentence().set(WartaAnnotations.EntitiesAnnotation.class, List.copyOf(entities));
      if (mentions) {
        b.sentence().set(CoreAnnotations.MentionsAnnotation.class, sentenceMentions);
      }
      allEntities.addAll(entities);
    }
    annotation.set(WartaAnnotations.EntitiesAnnotation.class, List.copyOf(allEntities));
    if (mentions) {
      annotation.set(CoreAnnotations.MentionsAnnotation.class, allMentions);
    }
  }

  /** An entity mention as CoreNLP's {@code EntityMentionsAnnotator} makes one. */
  private static CoreMap mention(Entity e, String tag, List<CoreLabel> covered, CoreMap sentence, int index) {
    CoreMap m = new ArrayCoreMap();
    m.set(CoreAnnotations.TextAnnotation.class, e.text());
    m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, e.start());
    m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, e.end());
    m.set(CoreAnnotations.TokensAnnotation.class, covered);
    Integer tokenBegin = covered.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
    Integer tokenEnd = covered.get(covered.size() - 1).get(CoreAnnotations.TokenEndAnnotation.class);
    if (tokenBegin != null && tokenEnd != null) {
      m.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
      m.set(CoreAnnotations.TokenEndAnnotation.class, tokenEnd);
    }
    Integer sentenceIndex = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
    if (sentenceIndex != null) {
      m.set(CoreAnnotations.SentenceIndexAnnotation.class, sentenceIndex);
    }
    m.set(CoreAnnotations.NamedEntityTagAnnotation.class, tag);
    m.set(CoreAnnotations.EntityTypeAnnotation.class, tag);
    m.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, Map.of(tag, e.score()));
    m.set(CoreAnnotations.EntityMentionIndexAnnotation.class, index);
    m.set(CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class, index);
    for (CoreLabel l : covered) {
      l.set(CoreAnnotations.EntityMentionIndexAnnotation.class, index);
    }
    return m;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Set<Class<? extends CoreAnnotation>> requires() {
    return CoreNlpSentences.REQUIRES;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    Set<Class<? extends CoreAnnotation>> s = new HashSet<>(Set.of(
        CoreAnnotations.NamedEntityTagAnnotation.class,
        CoreAnnotations.NamedEntityTagProbsAnnotation.class,
        WartaAnnotations.EntitiesAnnotation.class));
    if (mentions) {
      s.add(CoreAnnotations.MentionsAnnotation.class);
      s.add(CoreAnnotations.EntityTypeAnnotation.class);
      s.add(CoreAnnotations.EntityMentionIndexAnnotation.class);
    }
    return s;
  }

  /** What CoreNLP names when a requirement is missing. */
  @Override
  public Collection<String> exactRequirements() {
    return List.of(WartaSegmenterAnnotator.NAME + " (or tokenize)");
  }
}
