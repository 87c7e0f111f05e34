package id.warta;

import id.warta.entity.Entity;
import id.warta.entity.EntityRecognizer;
import id.warta.figure.Figure;
import id.warta.figure.FigureExtractor;
import id.warta.morph.LemmaStage;
import id.warta.text.Sentence;
import id.warta.tokenize.Segmenter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Warta's entry point: reads Indonesian text and returns a {@link Document} of sentences, tokens,
 * lemmas, entities and figures.
 *
 * <pre>{@code
 * Warta warta = Warta.builder().build();          // every stage on, bundled models
 * Document doc = warta.analyze("Penjualan Toyota naik 6% menjadi 34.000 unit.");
 * }</pre>
 *
 * <p>Build one instance and share it: a {@code Warta} is immutable and thread-safe, and all
 * per-call state lives in the call. The bundled models load once per JVM, when the first builder
 * that uses them is built.
 */
public final class Warta {
  /** The default limit on input length, in chars: 32 Mi. */
  public static final int DEFAULT_MAX_LENGTH = 32 * 1024 * 1024;

  private final Segmenter segmenter;
  private final Stages.TokenStage lemmas;
  private final Stages.EntityStage entities;
  private final Stages.FigureStage figures;
  private final int maxLength;

  private Warta(Builder b) {
    this.segmenter = b.segmenter;
    this.lemmas = b.bundledLemmas ? LemmaStage.standard() : b.lemmas;
    this.entities = b.bundledEntities ? EntityRecognizer.standard() : b.entities;
    this.figures = b.bundledFigures ? FigureExtractor.standard() : b.figures;
    this.maxLength = b.maxLength;
  }

  /** A builder with every stage switched on, using the bundled models. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyzes {@code text}. Partial and deictic dates are kept relative (ISO-8601 offsets).
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is longer than the configured maximum
   */
  public Document analyze(String text) {
    return analyze(text, null);
  }

  /**
   * Analyzes {@code text} published on {@code publicationDate}, against which partial and deictic
   * dates ("kemarin", "4 Juli") are resolved; {@code null} keeps them relative.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is longer than the configured maximum
   */
  public Document analyze(String text, LocalDate publicationDate) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxLength) {
      throw new IllegalArgumentException(
          "text of " + text.length() + " chars exceeds the limit of " + maxLength + " (see Warta.Builder.maxLength)");
    }
    List<Sentence> sentences = segmenter.segment(text);
    if (lemmas != null) {
      sentences = lemmas.annotate(text, sentences);
    }
    List<Entity> es = entities == null ? List.of() : entities.find(text, sentences);
    List<Figure> fs = figures == null ? List.of() : figures.find(text, sentences, Optional.ofNullable(publicationDate));
    return new Document(text, sentences, es, fs);
  }

  /** The segmenter this instance uses. */
  public Segmenter segmenter() {
    return segmenter;
  }

  /**
   * Configures a {@link Warta}. Every stage is on by default with its bundled model; each can be
   * switched off or replaced. Not thread-safe; the instance it builds is.
   */
  public static final class Builder {
    private Segmenter segmenter = Segmenter.standard();
    private Stages.TokenStage lemmas;
    private boolean bundledLemmas = true;
    private Stages.EntityStage entities;
    private boolean bundledEntities = true;
    private Stages.FigureStage figures;
    private boolean bundledFigures = true;
    private int maxLength = DEFAULT_MAX_LENGTH;

    private Builder() {}

    /** The segmenter (tokenizer and sentence splitter); by default the bundled one. */
    public Builder segmenter(Segmenter segmenter) {
      this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
      return this;
    }

    /**
     * The lemma stage, or {@code null} to switch lemmatization off. By default the bundled
     * {@link LemmaStage} runs: every token gets a lemma and its syntactic words.
     */
    public Builder lemmas(Stages.TokenStage stage) {
      this.lemmas = stage;
      this.bundledLemmas = false;
      return this;
    }

    /** Switches the bundled lemma stage on (the default) or lemmatization off. */
    public Builder lemmas(boolean on) {
      this.lemmas = null;
      this.bundledLemmas = on;
      return this;
    }

    /** The entity stage, or {@code null} to switch entity recognition off. By default the bundled {@link EntityRecognizer}. */
    public Builder entities(Stages.EntityStage stage) {
      this.entities = stage;
      this.bundledEntities = false;
      return this;
    }

    /** Switches the bundled entity recognizer on (the default) or entity recognition off. */
    public Builder entities(boolean on) {
      this.entities = null;
      this.bundledEntities = on;
      return this;
    }

    /** The figure stage, or {@code null} to switch figure extraction off. By default the bundled {@link FigureExtractor}. */
    public Builder figures(Stages.FigureStage stage) {
      this.figures = stage;
      this.bundledFigures = false;
      return this;
    }

    /** Switches the bundled figure extractor on (the default) or figure extraction off. */
    public Builder figures(boolean on) {
      this.figures = null;
      this.bundledFigures = on;
      return this;
    }

    /** The longest input {@link Warta#analyze} accepts, in chars (default {@link Warta#DEFAULT_MAX_LENGTH}). */
    public Builder maxLength(int maxLength) {
      if (maxLength < 1) {
        throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
      }
      this.maxLength = maxLength;
      return this;
    }

    /** The configured {@link Warta}. */
    public Warta build() {
      return new Warta(this);
    }
  }
}
