package id.warta.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.tokenize.Abbreviations;
import id.warta.tokenize.IndonesianTokenizer;
import id.warta.tokenize.IndonesianTokenizer.AbbreviationPeriods;
import id.warta.tokenize.Segmenter;
import id.warta.tokenize.SentenceSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Warta's tokenizer and sentence splitter as one CoreNLP annotator, in place of CoreNLP's
 * {@code tokenize} (which includes {@code ssplit}):
 *
 * <pre>
 * customAnnotatorClass.wartasegment = id.warta.corenlp.WartaSegmenterAnnotator
 * annotators = wartasegment, wartalemma, wartaner, wartafigures
 * </pre>
 *
 * <p>Sets the document's {@code TokensAnnotation} and {@code SentencesAnnotation}, as CoreNLP's
 * tokenizer does: each token has its word (Warta's normalized spelling, {@link Token#norm()}), value,
 * original text, character offsets into the unmodified text, the text before and after it
 * (whitespace, so that the tokens and their gaps rebuild the text), its 1-based index in the
 * sentence, its sentence index, its token offsets in the document, and its
 * {@link WartaAnnotations.TokenKindAnnotation kind}. Each sentence has its text, character and
 * token offsets, tokens and index. Warta keeps clitic forms as one token ({@code rumahnya}); it
 * has no {@code mwt} step.
 *
 * <p>Properties, prefixed with the name the annotator is registered under (here {@code wartasegment}):
 * <ul>
 *   <li>{@code wartasegment.abbreviations}: comma-separated files of abbreviations that keep their
 *       period, in the bundled format (one per line, optionally a tab and {@code title} or
 *       {@code final}), added to the bundled list; found on the class path, the file system or as a URL;
 *   <li>{@code wartasegment.abbreviationPeriods}: {@code keep} (default: {@code Jl.} is one token,
 *       as Warta's other stages expect) or {@code split} ({@code Jl} {@code .}, as UD Indonesian GSD).
 * </ul>
 * An unknown property under the prefix, or a bad value, is an {@link IllegalArgumentException}.
 * The name must not contain {@code tokenize}, {@code ssplit} or {@code cleanxml}, which CoreNLP
 * rewrites in the annotators list.
 *
 * <p>Immutable and thread-safe after construction (CoreNLP shares annotators between pipelines and
 * threads); the language data loads once, when the first instance is built.
 */
public final class WartaSegmenterAnnotator implements Annotator {
  /** The name this annotator is documented under. */
  public static final String NAME = "wartasegment";

  private final Segmenter segmenter;

  /** The annotator registered as {@code name}, configured by {@code name.*} properties. */
  public WartaSegmenterAnnotator(String name, Properties props) {
    AnnotatorOptions o = new AnnotatorOptions(name, props);
    List<String> files = o.files("abbreviations");
    String periods = o.choice("abbreviationPeriods", "keep", "keep", "split");
    o.finish();
    if (files.isEmpty() && periods.equals("keep")) {
      this.segmenter = Segmenter.standard();
      return;
    }
    Abbreviations abbreviations = Abbreviations.bundled();
    for (String file : files) {
      InputStream opened = o.open("abbreviations", file);
      try (InputStream in = opened) {
        abbreviations = abbreviations.with(Abbreviations.read(in, file));
      } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
        throw o.badFile("abbreviations", file, e);
      }
    }
    AbbreviationPeriods p = periods.equals("split") ? AbbreviationPeriods.SPLIT : AbbreviationPeriods.KEEP;
    this.segmenter = new Segmenter(new IndonesianTokenizer(abbreviations, p), new SentenceSplitter(abbreviations));
  }

  /** The annotator with the bundled segmenter. */
  public WartaSegmenterAnnotator() {
    this(Segmenter.standard());
  }

  /** The annotator backed by {@code segmenter}. */
  public WartaSegmenterAnnotator(Segmenter segmenter) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  /** The segmenter in use. */
  public Segmenter segmenter() {
    return segmenter;
  }

  /**
   * Tokenizes and splits the annotation's text, replacing any tokens and sentences it had.
   *
   * @throws IllegalArgumentException if the annotation has no text
   */
  @Override
  public void annotate(Annotation annotation) {
    String text = CoreNlpSentences.text(annotation, getClass().getSimpleName());
    String docId = annotation.get(CoreAnnotations.DocIDAnnotation.class);
    List<Sentence> sentences = segmenter.segment(text);
    List<CoreLabel> all = new ArrayList<>();
    List<CoreMap> out = new ArrayList<>(sentences.size());
    CoreLabel prev = null;
    int prevEnd = 0;
    for (Sentence s : sentences) {
      int sentenceIndex = out.size();
      int tokenBegin = all.size();
      List<CoreLabel> tokens = new ArrayList<>(s.tokens().size());
      for (Token t : s.tokens()) {
        CoreLabel l = new CoreLabel();
        l.setWord(t.norm());
        l.setValue(t.norm());
        l.setOriginalText(t.text());
        l.setBeginPosition(t.start());
        l.setEndPosition(t.end());
        String gap = text.substring(prevEnd, t.start());
        l.setBefore(gap);
        if (prev != null) {
          prev.setAfter(gap);
        }
        l.setIndex(tokens.size() + 1);
        l.setSentIndex(sentenceIndex);
        l.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
        l.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + 1);
        l.setIsNewline(false);
        l.set(WartaAnnotations.TokenKindAnnotation.class, t.kind());
        if (docId != null) {
          l.setDocID(docId);
        }
        tokens.add(l);
        all.add(l);
        prev = l;
        prevEnd = t.end();
      }
      Annotation sentence = new Annotation(s.text());
      sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.start());
      sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.end());
      sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, sentenceIndex);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
      if (docId != null) {
        sentence.set(CoreAnnotations.DocIDAnnotation.class, docId);
      }
      out.add(sentence);
    }
    if (prev != null) {
      prev.setAfter(text.substring(prevEnd));
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
  }

  /** Nothing: this annotator starts a pipeline. */
  @Override
  @SuppressWarnings("rawtypes")
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of();
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(
        CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.CharacterOffsetBeginAnnotation.class,
        CoreAnnotations.CharacterOffsetEndAnnotation.class,
        CoreAnnotations.BeforeAnnotation.class,
        CoreAnnotations.AfterAnnotation.class,
        CoreAnnotations.TokenBeginAnnotation.class,
        CoreAnnotations.TokenEndAnnotation.class,
        CoreAnnotations.IndexAnnotation.class,
        CoreAnnotations.OriginalTextAnnotation.class,
        CoreAnnotations.ValueAnnotation.class,
        CoreAnnotations.IsNewlineAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.SentenceIndexAnnotation.class,
        WartaAnnotations.TokenKindAnnotation.class);
  }

  @Override
  public Collection<String> exactRequirements() {
    return List.of();
  }
}
