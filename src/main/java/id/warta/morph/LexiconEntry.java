package id.warta.morph;

import java.util.Objects;

/**
 * One root of a {@link RootLexicon}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param root the root, lowercase
 * @param pos its Universal Dependencies parts of speech, comma-separated ({@code NOUN},
 *     {@code PRON,VERB}), or empty
 * @param loan a loanword (may take {@code -isasi}, {@code -isme}, and unassimilated {@code meN-})
 * @param keepWhole never analyzed further: flags {@code nostem} (a root that looks affixed, like
 *     {@code bersih}) and {@code lex} (a lexicalized derived form kept whole, like {@code terbatas}),
 *     and user-protected words
 * @param lexicalized flag {@code lex}: a derived form that is its own lemma when it stands alone; under
 *     further affixes a content word stays the base ({@code keterbatasan} → {@code terbatas}) and a
 *     function word is analyzed down to its root ({@code menuruti} → {@code turut})
 * @param reduplicated a lexicalized reduplication kept whole ({@code kupu-kupu})
 * @param standard for an informal root, its standard spelling ({@code std=}); otherwise null
 */
public record LexiconEntry(
    String root, String pos, boolean loan, boolean keepWhole, boolean lexicalized, boolean reduplicated, String standard) {
  public LexiconEntry {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(pos, "pos");
  }

  /** Whether one of its parts of speech is {@code tag}. */
  public boolean hasPos(String tag) {
    return RootLexicon.hasPos(pos, tag);
  }

  /** The lemma this entry stands for: its standard form when it has one, else the root. */
  public String lemma() {
    return standard != null ? standard : root;
  }
}
