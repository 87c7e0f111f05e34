package id.warta.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.text.TokenKind;
import id.warta.tokenize.IndonesianTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a CoreNLP document's sentences back as Warta {@link Sentence}s, so that Warta's stages run
 * on whatever tokenizer made them. A token keeps the kind {@link WartaSegmenterAnnotator} gave it;
 * a token from another tokenizer gets the kind Warta's tokenizer gives its text, when that text is
 * one Warta token. Tokens without characters (which Warta never makes) are left out.
 *
 * <p>Stateless and thread-safe.
 */
final class CoreNlpSentences {
  private CoreNlpSentences() {}

  /**
   * What a stage that reads sentences of tokens requires, in a fixed order: CoreNLP names the first
   * one missing, and tokens tell a user more than the text does.
   */
  @SuppressWarnings("rawtypes")
  static final Set<Class<? extends CoreAnnotation>> REQUIRES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
      CoreAnnotations.TokensAnnotation.class,
      CoreAnnotations.SentencesAnnotation.class,
      CoreAnnotations.TextAnnotation.class,
      CoreAnnotations.CharacterOffsetBeginAnnotation.class,
      CoreAnnotations.CharacterOffsetEndAnnotation.class)));

  /**
   * One CoreNLP sentence and its Warta counterpart.
   *
   * @param sentence the CoreNLP sentence
   * @param tokens its tokens
   * @param warta the Warta sentence, or {@code null} if no token has characters
   * @param index for each Warta token, the index of its CoreNLP token in {@code tokens}
   */
  record Bridged(CoreMap sentence, List<CoreLabel> tokens, Sentence warta, int[] index) {}

  /** The document's text; an annotation without one is a usage error. */
  static String text(Annotation document, String annotator) {
    String text = document.get(CoreAnnotations.TextAnnotation.class);
    if (text == null) {
      throw new IllegalArgumentException(annotator + ": the annotation has no text (TextAnnotation)");
    }
    return text;
  }

  /** The document's sentences, bridged. */
  static List<Bridged> of(Annotation document, String annotator) {
    String text = text(document, annotator);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      throw new IllegalArgumentException(annotator + ": the annotation has no sentences (SentencesAnnotation): run "
          + WartaSegmenterAnnotator.NAME + " (or CoreNLP's tokenize) first");
    }
    List<Bridged> out = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      out.add(bridge(text, s, annotator));
    }
    return out;
  }

  /** The Warta sentences of {@code bridged}, in order, without the empty ones. */
  static List<Sentence> warta(List<Bridged> bridged) {
    List<Sentence> out = new ArrayList<>(bridged.size());
    for (Bridged b : bridged) {
      if (b.warta() != null) {
        out.add(b.warta());
      }
    }
    return out;
  }

  private static Bridged bridge(String text, CoreMap sentence, String annotator) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null) {
      throw new IllegalArgumentException(annotator + ": a sentence has no tokens (TokensAnnotation)");
    }
    List<Token> warta = new ArrayList<>(tokens.size());
    int[] index = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel l = tokens.get(i);
      Integer begin = l.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = l.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (begin == null || end == null || begin < 0 || end > text.length() || end < begin) {
        throw new IllegalArgumentException(annotator + ": token '" + l.word() + "' has no valid character offsets into the text ("
            + begin + ".." + end + ")");
      }
      if (end.equals(begin)) {
        continue;
      }
      String written = text.substring(begin, end);
      TokenKind kind = l.get(WartaAnnotations.TokenKindAnnotation.class);
      String norm = written;
      if (kind != null) {
        norm = l.word() != null ? l.word() : written;
      } else {
        kind = kindOf(written);
      }
      index[warta.size()] = i;
      warta.add(Token.of(written, begin, kind, norm));
    }
    Sentence s = warta.isEmpty() ? null : Sentence.of(text, warta);
    return new Bridged(sentence, tokens, s, Arrays.copyOf(index, warta.size()));
  }

  /** The kind of a token another tokenizer made: Warta's, when Warta reads it as one token. */
  static TokenKind kindOf(String written) {
    List<Token> ts = IndonesianTokenizer.standard().tokenize(written);
    if (ts.size() == 1 && ts.get(0).length() == written.length()) {
      return ts.get(0).kind();
    }
    int c = written.codePointAt(0);
    return Character.isLetter(c) ? TokenKind.WORD : Character.isDigit(c) ? TokenKind.NUMBER : TokenKind.OTHER;
  }
}
