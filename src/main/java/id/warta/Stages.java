package id.warta;

import id.warta.entity.Entity;
import id.warta.figure.Figure;
import id.warta.text.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The interfaces through which capabilities plug into {@link Warta}. Implementations must be
 * immutable and thread-safe: one instance serves every call of a shared {@code Warta}.
 */
public final class Stages {
  private Stages() {}

  /** Annotates tokens in place of the originals (lemmas, syntactic words). */
  @FunctionalInterface
  public interface TokenStage {
    /** The same sentences with annotated tokens; spans must not change. */
    List<Sentence> annotate(String text, List<Sentence> sentences);
  }

  /** Finds entity mentions. */
  @FunctionalInterface
  public interface EntityStage {
    /** The mentions in {@code text}, ordered by start offset. */
    List<Entity> find(String text, List<Sentence> sentences);
  }

  /** Finds figures. */
  @FunctionalInterface
  public interface FigureStage {
    /**
     * The figures in {@code text}, ordered by start offset. Partial and deictic dates are resolved
     * against {@code referenceDate} (the publication date) when it is present.
     */
    List<Figure> find(String text, List<Sentence> sentences, Optional<LocalDate> referenceDate);
  }
}
