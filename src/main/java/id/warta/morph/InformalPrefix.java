package id.warta.morph;

import static id.warta.morph.Chars.vowel;

/**
 * Jakarta-style prefixes without {@code me-}: a bare nasal that replaces the root's first
 * consonant ({@code nyoba} → {@code coba}, {@code nyiram} → {@code siram}, {@code nulis} →
 * {@code tulis}, {@code mukul} → {@code pukul}, {@code ngirim} → {@code kirim}, {@code ngamuk} →
 * {@code amuk}, {@code ngadepin} → {@code hadap}) and {@code nge-} before one-syllable or
 * consonant-initial roots ({@code ngebuka}). Informal mode only. Stateless.
 */
final class InformalPrefix {
  private InformalPrefix() {}

  static void moves(char[] w, int s, int e, Moves out) {
    if (e - s < 4) {
      return;
    }
    char c0 = w[s];
    char c1 = w[s + 1];
    char c2 = w[s + 2];
    if (c0 == 'n' && c1 == 'g' && c2 == 'e' && !vowel(w[s + 3])) {
      out.add(s + 3, (char) 0, Affix.NGE, 10);
    }
    if (c0 == 'n' && c1 == 'g' && vowel(c2)) {
      out.add(s + 2, (char) 0, Affix.NASAL, 10);
      out.add(s + 2, 'k', Affix.NASAL, 11);
      out.add(s + 2, 'h', Affix.NASAL, 12);
    } else if (c0 == 'n' && c1 == 'y' && vowel(c2)) {
      out.add(s + 2, 's', Affix.NASAL, 11);
      out.add(s + 2, 'c', Affix.NASAL, 11);
    } else if (c0 == 'n' && vowel(c1)) {
      out.add(s + 1, 't', Affix.NASAL, 11);
    } else if (c0 == 'm' && vowel(c1)) {
      out.add(s + 1, 'p', Affix.NASAL, 11);
    } else if (c0 == 'm' && (c1 == 'b' || c1 == 'p')) {
      out.add(s + 1, (char) 0, Affix.NASAL, 11);
    } else if (c0 == 'n' && (c1 == 'd' || c1 == 'j' || c1 == 'c')) {
      out.add(s + 1, (char) 0, Affix.NASAL, 11);
    }
  }
}
