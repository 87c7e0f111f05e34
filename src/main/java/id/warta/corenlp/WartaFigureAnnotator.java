package id.warta.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import id.warta.figure.Figure;
import id.warta.figure.FigureExtractor;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Warta's figure extractor as a CoreNLP annotator: stores the figures (money, percentages, counts
 * with what they count, measurements, dates, durations, ordinals, each a typed {@link Figure} with
 * its value, unit and qualifier) under {@link WartaAnnotations.FiguresAnnotation}, on the document
 * and on the sentence where each starts. CoreNLP has no key for such records, and this annotator
 * sets no token tags.
 *
 * <pre>
 * customAnnotatorClass.wartafigures = id.warta.corenlp.WartaFigureAnnotator
 * annotators = wartasegment, wartafigures
 * </pre>
 *
 * <p>Partial and deictic dates ("kemarin", "4 Juli") are resolved against the document's
 * {@code DocDateAnnotation} (what CoreNLP's {@code docdate} annotator sets; its first ten characters
 * must be a {@code yyyy-MM-dd} date) and stay relative (ISO-8601 offsets) without one.
 *
 * <p>Needs tokens with character offsets in sentences, from {@link WartaSegmenterAnnotator}: the
 * rules read Warta's tokens. Takes no properties: any property under its name's prefix is an
 * {@link IllegalArgumentException}.
 *
 * <p>Immutable and thread-safe after construction; the bundled language data loads once per JVM.
 */
public final class WartaFigureAnnotator implements Annotator {
  /** The name this annotator is documented under. */
  public static final String NAME = "wartafigures";

  private final FigureExtractor extractor;

  /** The annotator registered as {@code name}; it takes no {@code name.*} properties. */
  public WartaFigureAnnotator(String name, Properties props) {
    AnnotatorOptions o = new AnnotatorOptions(name, props);
    o.finish();
    this.extractor = FigureExtractor.standard();
  }

  /** The annotator with the bundled extractor. */
  public WartaFigureAnnotator() {
    this(FigureExtractor.standard());
  }

  /** The annotator backed by {@code extractor}. */
  public WartaFigureAnnotator(FigureExtractor extractor) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /**
   * Finds the figures of the document.
   *
   * @throws IllegalArgumentException if the annotation has no text or sentences, a token no
   *     offsets, or its {@code DocDateAnnotation} does not start with a {@code yyyy-MM-dd} date
   */
  @Override
  public void annotate(Annotation annotation) {
    String who = getClass().getSimpleName();
    String text = CoreNlpSentences.text(annotation, who);
    List<CoreNlpSentences.Bridged> bridged = CoreNlpSentences.of(annotation, who);
    Optional<LocalDate> date = docDate(annotation.get(CoreAnnotations.DocDateAnnotation.class), who);
    List<Figure> figures = extractor.find(text, CoreNlpSentences.warta(bridged), date);
    int next = 0;
    for (CoreNlpSentences.Bridged b : bridged) {
      List<Figure> here = new ArrayList<>();
      if (b.warta() != null) {
        while (next < figures.size() && figures.get(next).start() < b.warta().end()) {
          if (figures.get(next).start() >= b.warta().start()) {
            here.add(figures.get(next));
          }
          next++;
        }
      }
      b.sentence().set(WartaAnnotations.FiguresAnnotation.class, List.copyOf(here));
    }
    annotation.set(WartaAnnotations.FiguresAnnotation.class, List.copyOf(figures));
  }

  private static Optional<LocalDate> docDate(String value, String who) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      return Optional.of(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(who + ": DocDateAnnotation must start with a yyyy-MM-dd date: '" + value + "'", e);
    }
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Set<Class<? extends CoreAnnotation>> requires() {
    Set<Class<? extends CoreAnnotation>> s = new LinkedHashSet<>(CoreNlpSentences.REQUIRES);
    s.add(WartaAnnotations.TokenKindAnnotation.class);
    return Collections.unmodifiableSet(s);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(WartaAnnotations.FiguresAnnotation.class);
  }

  /** What CoreNLP names when a requirement is missing. */
  @Override
  public Collection<String> exactRequirements() {
    return List.of(WartaSegmenterAnnotator.NAME);
  }
}
