package id.warta.internal;

import id.warta.text.Sentence;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The sentences the segmenter makes, with the offsets and kinds of all their tokens in columns,
 * recorded by the tokenizer as it made them. A stage that only needs offsets and kinds (the figure
 * extractor's search for triggers) reads the columns instead of every {@code Token} object, which
 * are scattered in memory by the time it runs.
 *
 * <p>A list like any other: it may be changed, and then it no longer vouches for its columns
 * ({@link #intact()} is false from the first change on, whichever way it is made: every change of an
 * {@link AbstractList}, its iterators and sub-lists goes through {@link #set}, {@link #add} or
 * {@link #remove}).
 *
 * <p>Internal: not part of the public API. Not thread-safe to change; safe to share unchanged.
 */
public final class SentenceList extends AbstractList<Sentence> implements RandomAccess {
  private final List<Sentence> sentences;
  private final int[] firstToken;
  private final int[] starts;
  private final int[] ends;
  private final byte[] kinds;
  private boolean intact = true;

  /**
   * A list of {@code sentences} whose tokens are, in order, the tokens of the columns: sentence
   * {@code i} has tokens {@code [firstToken[i], firstToken[i + 1])}; {@code kinds} holds {@code
   * TokenKind} ordinals. The arrays are kept, not copied: the caller gives them up.
   */
  public SentenceList(List<Sentence> sentences, int[] firstToken, int[] starts, int[] ends, byte[] kinds) {
    this.sentences = new ArrayList<>(sentences);
    this.firstToken = Objects.requireNonNull(firstToken, "firstToken");
    this.starts = Objects.requireNonNull(starts, "starts");
    this.ends = Objects.requireNonNull(ends, "ends");
    this.kinds = Objects.requireNonNull(kinds, "kinds");
    if (firstToken.length < sentences.size() + 1) {
      throw new IllegalArgumentException("firstToken needs one entry per sentence and one more");
    }
  }

  /**
   * A list of {@code annotated} sharing these columns, for a stage that replaces tokens without moving
   * them (the lemma stage adds lemmas): sentence {@code i} of {@code annotated} must have the tokens of
   * sentence {@code i} here, with the same offsets and kinds. Sizes and token counts are checked.
   *
   * @throws IllegalStateException if this list was changed since segmentation
   * @throws IllegalArgumentException if the sentence or token counts differ
   */
  public SentenceList withSentences(List<Sentence> annotated) {
    if (!intact) {
      throw new IllegalStateException("the list was changed since segmentation; its columns no longer apply");
    }
    if (annotated.size() != sentences.size()) {
      throw new IllegalArgumentException(annotated.size() + " sentences for " + sentences.size());
    }
    for (int i = 0; i < annotated.size(); i++) {
      if (annotated.get(i).tokens().size() != firstToken[i + 1] - firstToken[i]) {
        throw new IllegalArgumentException("sentence " + i + " has another number of tokens");
      }
    }
    return new SentenceList(annotated, firstToken, starts, ends, kinds);
  }

  /** Whether the list is as the segmenter made it, so that the columns describe its tokens. */
  public boolean intact() {
    return intact;
  }

  /** The index in the columns of the first token of sentence {@code i}; for {@code i == size()}, the token count. */
  public int firstToken(int i) {
    return firstToken[i];
  }

  /** Token start offsets, by token index over all sentences. Read only: callers must not change it. */
  public int[] starts() {
    return starts;
  }

  /** Token end offsets. Read only. */
  public int[] ends() {
    return ends;
  }

  /** Token kinds, as {@code TokenKind} ordinals. Read only. */
  public byte[] kinds() {
    return kinds;
  }

  @Override
  public Sentence get(int index) {
    return sentences.get(index);
  }

  @Override
  public int size() {
    return sentences.size();
  }

  @Override
  public Sentence set(int index, Sentence element) {
    intact = false;
    return sentences.set(index, element);
  }

  @Override
  public void add(int index, Sentence element) {
    intact = false;
    modCount++;
    sentences.add(index, element);
  }

  @Override
  public Sentence remove(int index) {
    intact = false;
    modCount++;
    return sentences.remove(index);
  }
}
