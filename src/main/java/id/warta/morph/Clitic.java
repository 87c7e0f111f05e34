package id.warta.morph;

import java.util.Objects;

/**
 * A clitic split off a word: an enclitic particle ({@code -lah}, {@code -kah}, {@code -tah},
 * {@code -pun}) or possessive ({@code -ku}, {@code -mu}, {@code -nya}), or a proclitic ({@code ku-},
 * {@code kau-}). Each is its own syntactic word in Universal Dependencies.
 *
 * <p>Immutable and thread-safe.
 *
 * @param form the clitic as written in the word (lowercase)
 * @param proclitic true before the host, false after it
 * @param lemma its lemma in the UD Indonesian convention ({@code nya} → {@code dia},
 *     {@code ku} → {@code aku}, {@code mu} → {@code kamu}; particles are their own lemma)
 */
public record Clitic(String form, boolean proclitic, String lemma) {
  public Clitic {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(lemma, "lemma");
  }
}
