package id.warta.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.util.ErasureUtils;
import id.warta.entity.Entity;
import id.warta.figure.Figure;
import id.warta.text.TokenKind;
import java.util.List;

/**
 * The keys under which Warta's annotators store what CoreNLP has no key for.
 *
 * <pre>{@code
 * List<Figure> figures = annotation.get(WartaAnnotations.FiguresAnnotation.class);
 * TokenKind kind = token.get(WartaAnnotations.TokenKindAnnotation.class);
 * }</pre>
 *
 * <p>The values are immutable Warta records; the keys are stateless and thread-safe.
 */
public final class WartaAnnotations {
  private WartaAnnotations() {}

  /** On each token made by {@link WartaSegmenterAnnotator}: its {@link TokenKind}. */
  public static final class TokenKindAnnotation implements CoreAnnotation<TokenKind> {
    @Override
    public Class<TokenKind> getType() {
      return TokenKind.class;
    }
  }

  /**
   * On the document and on each sentence, set by {@link WartaEntityAnnotator}: the Warta entities
   * there, ordered by offset.
   */
  public static final class EntitiesAnnotation implements CoreAnnotation<List<Entity>> {
    @Override
    public Class<List<Entity>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /**
   * On the document and on each sentence, set by {@link WartaFigureAnnotator}: the figures (money,
   * percentages, counts, measurements, dates, durations, ordinals) there, ordered by offset.
   */
  public static final class FiguresAnnotation implements CoreAnnotation<List<Figure>> {
    @Override
    public Class<List<Figure>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }
}
