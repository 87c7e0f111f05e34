package id.warta.morph;

import java.util.List;
import java.util.Objects;

/**
 * How a word decomposes: its root (the lemma), the derivational prefixes and suffixes stripped
 * (outermost first for prefixes, innermost first for suffixes), and the clitics split off.
 *
 * <p>Prefixes are written in their underlying form: {@code meN}, {@code peN}, {@code ber},
 * {@code ter}, {@code per}, {@code di}, {@code ke}, {@code se}, and, in informal mode, {@code N}
 * (a bare nasal, {@code nyoba}) and {@code nge}. Suffixes: {@code kan}, {@code an}, {@code i},
 * informal {@code in}, and the loanword suffixes {@code isasi}, {@code isme}, {@code wan},
 * {@code wati} when they are stripped.
 *
 * <p>Immutable and thread-safe.
 *
 * @param word the word analyzed, as given
 * @param root the lemma
 * @param prefixes derivational prefixes, outermost first
 * @param suffixes derivational suffixes, innermost first
 * @param clitics proclitic (if any) then enclitics in surface order
 * @param reduplicated whether the word is a reduplication of its root ({@code mobil-mobil})
 * @param known whether the root is in the lexicon (false: a rule-based guess or the word itself)
 */
public record Analysis(
    String word, String root, List<String> prefixes, List<String> suffixes, List<Clitic> clitics,
    boolean reduplicated, boolean known) {
  public Analysis {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(root, "root");
    prefixes = List.copyOf(prefixes);
    suffixes = List.copyOf(suffixes);
    clitics = List.copyOf(clitics);
  }

  /** The word as its own lemma, with no affixes. */
  static Analysis identity(String word, boolean known) {
    return new Analysis(word, word, List.of(), List.of(), List.of(), false, known);
  }

  /** The number of chars of {@link #word()} taken by the proclitic at its start. */
  public int procliticLength() {
    return !clitics.isEmpty() && clitics.get(0).proclitic() ? clitics.get(0).form().length() : 0;
  }

  /** The number of chars of {@link #word()} taken by the enclitics at its end. */
  public int encliticLength() {
    int n = 0;
    for (Clitic c : clitics) {
      if (!c.proclitic()) {
        n += c.form().length();
      }
    }
    return n;
  }
}
