package id.warta.text;

import java.util.Objects;

/**
 * A syntactic word inside a token, following the Universal Dependencies convention: {@code rumahnya}
 * is one token made of the words {@code rumah} and {@code nya}. Offsets index the original text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the word as written
 * @param start offset of the first character in the original text
 * @param end offset after the last character
 * @param lemma the word's lemma, or {@code null} when lemmatization was not run
 */
public record Word(String text, int start, int end, String lemma) {
  public Word {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad word offsets " + start + ".." + end + " for '" + text + "'");
    }
  }
}
