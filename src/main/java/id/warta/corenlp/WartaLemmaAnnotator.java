package id.warta.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import id.warta.internal.DataFiles;
import id.warta.morph.LemmaStage;
import id.warta.morph.Lemmatizer;
import id.warta.text.Sentence;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Warta's lemmatizer as a CoreNLP annotator: sets each token's {@code LemmaAnnotation}, as CoreNLP's
 * {@code lemma} does, with the lemma {@link id.warta.Warta} gives it ({@code mempertanyakannya} →
 * {@code tanya}, {@code perusahaan-perusahaan} → {@code usaha}, {@code rumahnya} → {@code rumah}).
 * The analysis needs no part-of-speech tags. A capitalized word that begins a sentence is analyzed
 * as a common word, elsewhere as a name; tokens that are not words are their own lemma.
 *
 * <pre>
 * customAnnotatorClass.wartalemma = id.warta.corenlp.WartaLemmaAnnotator
 * annotators = wartasegment, wartalemma
 * </pre>
 *
 * <p>Needs tokens with character offsets in sentences: best from {@link WartaSegmenterAnnotator},
 * but CoreNLP's {@code tokenize} works too.
 *
 * <p>Properties, prefixed with the name the annotator is registered under (here {@code wartalemma}):
 * <ul>
 *   <li>{@code wartalemma.informal} ({@code true}/{@code false}, default false): recognize
 *       Jakarta-style informal forms ({@code nyoba}, {@code dengerin});
 *   <li>{@code wartalemma.stripLoanwordSuffixes} ({@code true}/{@code false}, default false): strip
 *       {@code -isasi}, {@code -isme} to a known root (UD keeps them);
 *   <li>{@code wartalemma.lexicon}: comma-separated user root lexicons in the bundled format
 *       ({@code root<TAB>POS[<TAB>flags]}), added to the bundled roots;
 *   <li>{@code wartalemma.protected}: comma-separated word lists (one word per line, {@code #}
 *       comments) of words that are never lemmatized.
 * </ul>
 * Files are found on the class path, the file system or as URLs. An unknown property under the
 * prefix, a bad value or an unreadable file is an {@link IllegalArgumentException}.
 *
 * <p>Immutable and thread-safe after construction; the bundled lexicon loads once per JVM and is
 * shared by every instance without user files.
 */
public final class WartaLemmaAnnotator implements Annotator {
  /** The name this annotator is documented under. */
  public static final String NAME = "wartalemma";

  private final LemmaStage stage;

  /** The annotator registered as {@code name}, configured by {@code name.*} properties. */
  public WartaLemmaAnnotator(String name, Properties props) {
    AnnotatorOptions o = new AnnotatorOptions(name, props);
    boolean informal = o.bool("informal", false);
    boolean strip = o.bool("stripLoanwordSuffixes", false);
    List<String> lexicons = o.files("lexicon");
    List<String> protectedFiles = o.files("protected");
    o.finish();
    if (!informal && !strip && lexicons.isEmpty() && protectedFiles.isEmpty()) {
      this.stage = LemmaStage.standard();
      return;
    }
    Lemmatizer.Builder b = Lemmatizer.builder().informal(informal).stripLoanwordSuffixes(strip);
    for (String file : lexicons) {
      InputStream in = o.open("lexicon", file);
      try {
        b.addLexicon(in, file);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw o.badFile("lexicon", file, e);
      }
    }
    for (String file : protectedFiles) {
      InputStream in = o.open("protected", file);
      try {
        b.protect(DataFiles.lines(in, file));
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw o.badFile("protected", file, e);
      }
    }
    this.stage = new LemmaStage(b.build());
  }

  /** The annotator with the bundled lemmatizer. */
  public WartaLemmaAnnotator() {
    this(LemmaStage.standard().lemmatizer());
  }

  /** The annotator backed by {@code lemmatizer}. */
  public WartaLemmaAnnotator(Lemmatizer lemmatizer) {
    Objects.requireNonNull(lemmatizer, "lemmatizer");
    this.stage = lemmatizer == Lemmatizer.standard() ? LemmaStage.standard() : new LemmaStage(lemmatizer);
  }

  /** The lemmatizer in use. */
  public Lemmatizer lemmatizer() {
    return stage.lemmatizer();
  }

  /**
   * Sets the lemma of every token of every sentence.
   *
   * @throws IllegalArgumentException if the annotation has no text or sentences, or a token no offsets
   */
  @Override
  public void annotate(Annotation annotation) {
    String text = CoreNlpSentences.text(annotation, getClass().getSimpleName());
    for (CoreNlpSentences.Bridged b : CoreNlpSentences.of(annotation, getClass().getSimpleName())) {
      for (CoreLabel l : b.tokens()) {
        l.setLemma(l.word());
      }
      if (b.warta() == null) {
        continue;
      }
      Sentence lemmatized = stage.annotate(text, List.of(b.warta())).get(0);
      for (int i = 0; i < b.index().length; i++) {
        b.tokens().get(b.index()[i]).setLemma(lemmatized.tokens().get(i).lemma());
      }
    }
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Set<Class<? extends CoreAnnotation>> requires() {
    return CoreNlpSentences.REQUIRES;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.LemmaAnnotation.class);
  }

  /** What CoreNLP names when a requirement is missing. */
  @Override
  public Collection<String> exactRequirements() {
    return List.of(WartaSegmenterAnnotator.NAME + " (or tokenize)");
  }
}
