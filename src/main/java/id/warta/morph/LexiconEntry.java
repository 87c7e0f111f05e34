package id.warta.morph;

import java.util.Objects;

/**
 * One root of a {@link RootLexicon}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param root the root, lowercase
 * @param pos its Universal Dependencies part of speech ({@code NOUN}, {@code VERB}, ...), or empty
 * @param loan a loanword (may take {@code -isasi}, {@code -isme}, and unassimilated {@code meN-})
 * @param keepWhole never analyzed further: flags {@code nostem} (a root that looks affixed, like
 *     {@code bersih}) and {@code lex} (a lexicalized derived form kept whole, like {@code pemerintah}),
 *     and user-protected words
 * @param reduplicated a lexicalized reduplication kept whole ({@code kupu-kupu})
 * @param standard for an informal root, its standard spelling ({@code std=}); otherwise null
 */
public record LexiconEntry(String root, String pos, boolean loan, boolean keepWhole, boolean reduplicated, String standard) {
  public LexiconEntry {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(pos, "pos");
  }

  /** The lemma this entry stands for: its standard form when it has one, else the root. */
  public String lemma() {
    return standard != null ? standard : root;
  }
}
