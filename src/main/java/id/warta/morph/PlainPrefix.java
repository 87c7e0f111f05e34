package id.warta.morph;

import static id.warta.morph.Chars.startsWith;

/**
 * The prefixes that do not assimilate: {@code di-}, {@code ke-}, {@code se-}, {@code ber-},
 * {@code ter-}, {@code per-}. {@code ber-}, {@code ter-} and {@code per-} lose their r before a
 * root that starts with r ({@code berupa} → {@code rupa}) and become {@code bel-}/{@code pel-}
 * before {@code ajar}; {@code be-} also appears before roots whose first syllable ends in er
 * ({@code bekerja}, {@code beternak}).
 * Stateless.
 */
final class PlainPrefix {
  private PlainPrefix() {}

  static void moves(char[] w, int s, int e, Moves out) {
    if (e - s < 4) {
      return;
    }
    char c0 = w[s];
    char c1 = w[s + 1];
    if (c0 == 'd' && c1 == 'i') {
      out.add(s + 2, (char) 0, Affix.DI, 10);
    } else if (c0 == 'k' && c1 == 'e') {
      out.add(s + 2, (char) 0, Affix.KE, 10);
    } else if (c0 == 's' && c1 == 'e') {
      out.add(s + 2, (char) 0, Affix.SE, 10);
    } else if (c1 == 'e' && (c0 == 'b' || c0 == 't' || c0 == 'p')) {
      Affix a = c0 == 'b' ? Affix.BER : c0 == 't' ? Affix.TER : Affix.PER;
      if (w[s + 2] == 'r') {
        out.add(s + 3, (char) 0, a, 10);
        out.add(s + 2, (char) 0, a, 11);
      } else if (a != Affix.TER && startsWith(w, s + 2, e, "lajar")) {
        out.add(s + 3, (char) 0, a, 10);
      } else if (a == Affix.BER && e - s >= 6 && w[s + 3] == 'e' && w[s + 4] == 'r') {
        out.add(s + 2, (char) 0, a, 12);
      }
    }
  }
}
