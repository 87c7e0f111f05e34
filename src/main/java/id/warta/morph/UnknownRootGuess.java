package id.warta.morph;

import static id.warta.morph.Chars.endsWith;
import static id.warta.morph.Chars.hasVowel;
import static id.warta.morph.Chars.startsWith;
import static id.warta.morph.Chars.vowel;

import java.util.ArrayList;
import java.util.List;

/**
 * For a word whose root is not in the lexicon, strips only what is unambiguous without a
 * dictionary: {@code -nya}, the verbal prefixes {@code meN-} (with the usual restored consonant:
 * {@code mem-} + vowel → p, {@code men-} + vowel → t, {@code meny-} → s), {@code di-},
 * {@code ber-}, {@code ter-}, and a derivational suffix only inside a confix ({@code di-…-kan},
 * {@code peN-…-an}, {@code ke-…-an}; {@code di-} only inside one). The guessed root must not start with
 * an impossible consonant cluster ({@code diskusi}, {@code distrik}) and must keep at least four letters, so short
 * names ({@code Dian}, {@code Berlin}) survive. Anything else is left as it is.
 * Immutable and thread-safe.
 */
final class UnknownRootGuess {
  private static final int MIN_ROOT = 4;
  private static final int MIN_HOST = 3;
  private static final String[] ENCLITICS = {"nya", "kah", "pun"};

  private final RootLexicon lexicon;

  UnknownRootGuess(RootLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A root cannot start with two consonants unless the second is r, l, y or w, or it is ng, ny, kh, sy. */
  private static boolean badOnset(char[] w, int s) {
    char a = w[s];
    char b = w[s + 1];
    if (vowel(a) || vowel(b)) {
      return false;
    }
    return !(b == 'r' || b == 'l' || b == 'y' || b == 'w' || a == 'n' && b == 'g' || a == 'k' && b == 'h' || a == 's' && b == 'y');
  }

  Analysis analyze(String word, char[] w) {
    int n = w.length;
    int e = n;
    List<Clitic> clitics = List.of();
    for (String c : ENCLITICS) {
      if (endsWith(w, 0, e, c) && e - c.length() >= MIN_HOST && hasVowel(w, 0, e - c.length())) {
        e -= c.length();
        clitics = List.of(new Clitic(c, false, Enclitics.lemma(c)));
        break;
      }
    }
    int s = 0;
    char lead = 0;
    List<String> prefixes = new ArrayList<>(2);
    Affix outer = null;
    if (startsWith(w, 0, e, "meng") && e > 4 && (vowel(w[4]) || w[4] == 'g' || w[4] == 'h' || w[4] == 'k')) {
      s = 4;
      outer = Affix.MEN;
    } else if (startsWith(w, 0, e, "meny") && e > 4 && vowel(w[4])) {
      s = 4;
      lead = 's';
      outer = Affix.MEN;
    } else if (startsWith(w, 0, e, "mem") && e > 3) {
      s = 3;
      if (vowel(w[3])) {
        lead = 'p';
      } else if (w[3] != 'b' && w[3] != 'p' && w[3] != 'f' && w[3] != 'v') {
        s = 0;
      }
      outer = s > 0 ? Affix.MEN : null;
    } else if (startsWith(w, 0, e, "men") && e > 3) {
      s = 3;
      if (vowel(w[3])) {
        lead = 't';
      } else if ("cdjtsz".indexOf(w[3]) < 0) {
        s = 0;
      }
      outer = s > 0 ? Affix.MEN : null;
    } else if (startsWith(w, 0, e, "me") && e > 2 && "lrwy".indexOf(w[2]) >= 0) {
      s = 2;
      outer = Affix.MEN;
    } else if (startsWith(w, 0, e, "di")) {
      s = 2;
      outer = Affix.DI;
    } else if (startsWith(w, 0, e, "ber")) {
      s = 3;
      outer = Affix.BER;
    } else if (startsWith(w, 0, e, "ter")) {
      s = 3;
      outer = Affix.TER;
    } else if (startsWith(w, 0, e, "peng") && e > 4 && vowel(w[4])) {
      s = 4;
      outer = Affix.PEN;
    } else if (startsWith(w, 0, e, "pem") && e > 3 && (w[3] == 'b' || w[3] == 'p')) {
      s = 3;
      outer = Affix.PEN;
    } else if (startsWith(w, 0, e, "pen") && e > 3 && "cdjtsz".indexOf(w[3]) >= 0) {
      s = 3;
      outer = Affix.PEN;
    } else if (startsWith(w, 0, e, "ke")) {
      s = 2;
      outer = Affix.KE;
    }
    Affix suffix = null;
    if (outer != null) {
      if (endsWith(w, s, e, "kan") && ConfixConstraints.allowed(outer, Affix.KAN, false)
          && outer != Affix.PEN && outer != Affix.KE) {
        suffix = Affix.KAN;
      } else if (endsWith(w, s, e, "an") && (outer == Affix.PEN || outer == Affix.KE || outer == Affix.BER)) {
        suffix = Affix.AN;
      } else if (endsWith(w, s, e, "i") && (outer == Affix.MEN || outer == Affix.DI) && !endsWith(w, s, e, "si")) {
        suffix = Affix.I;
      }
      int re = suffix == null ? e : e - suffix.label.length();
      if (!ConfixConstraints.allowed(outer, suffix, false) || re - s + (lead == 0 ? 0 : 1) < MIN_ROOT
          || !hasVowel(w, s, re) || outer == Affix.DI && suffix == null || lead == 0 && badOnset(w, s)) {
        outer = null;
        suffix = null;
        lead = 0;
        s = 0;
      } else {
        e = re;
        prefixes.add(outer.label);
      }
    }
    if (outer == null && clitics.isEmpty()) {
      return Analysis.identity(word, false);
    }
    StringBuilder root = new StringBuilder(e - s + 1);
    if (lead != 0) {
      root.append(lead);
    }
    root.append(w, s, e - s);
    String r = root.toString();
    boolean known = lexicon.contains(r);
    return new Analysis(word, r, prefixes, suffix == null ? List.of() : List.of(suffix.label), clitics, false, known);
  }
}
