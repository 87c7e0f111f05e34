package id.warta.text;

import java.util.List;
import java.util.Objects;

/**
 * A surface token: a span of the original text with its kind, and, once the lemmatizer has run, its
 * lemma and its syntactic words.
 *
 * <p>{@code text} always equals {@code original.substring(start, end)}: the input is never changed.
 * {@code norm} is a normalized spelling (Unicode NFC, typographic quotes and dashes unified) and is
 * the same string as {@code text} when nothing needed normalizing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the token as written
 * @param start offset of the first character in the original text (a Java {@code String} index)
 * @param end offset after the last character
 * @param kind the token's kind
 * @param norm the normalized spelling
 * @param lemma the lemma of the token's host word, or {@code null} before lemmatization
 * @param words the syntactic words; empty until the lemmatizer has run, and then at least one
 */
public record Token(String text, int start, int end, TokenKind kind, String norm, String lemma, List<Word> words) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(norm, "norm");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException("bad token offsets " + start + ".." + end + " for '" + text + "'");
    }
    words = List.copyOf(words);
  }

  /** A token as the tokenizer makes it: no lemma, no words yet. */
  public static Token of(String text, int start, TokenKind kind, String norm) {
    return new Token(text, start, start + text.length(), kind, norm, null, List.of());
  }

  /** This token with a lemma and its syntactic words. */
  public Token withLemma(String lemma, List<Word> words) {
    return new Token(text, start, end, kind, norm, lemma, words);
  }

  /** The length in characters. */
  public int length() {
    return end - start;
  }
}
