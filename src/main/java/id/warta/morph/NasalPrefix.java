package id.warta.morph;

import static id.warta.morph.Chars.startsWith;
import static id.warta.morph.Chars.vowel;

/**
 * {@code meN-} and {@code peN-}: the nasal assimilates to the root's first sound and a voiceless
 * first consonant drops, so the stripped root may need it restored.
 * <ul>
 *   <li>{@code me-} before l, m, n, r, w, y, ny, ng ({@code melihat}, {@code menyanyi});
 *   <li>{@code mem-} before b, f, v and kept p ({@code membaca}, {@code memproduksi}); {@code mem-}
 *       + vowel restores p ({@code memakai} → {@code pakai});
 *   <li>{@code men-} before c, d, j, kept t, s, z ({@code mencari}); {@code men-} + vowel restores
 *       t ({@code menulis} → {@code tulis});
 *   <li>{@code meng-} before g, h, kept k, vowels ({@code mengambil}); {@code meng-} + vowel may
 *       restore k ({@code mengirim} → {@code kirim});
 *   <li>{@code meny-} + vowel restores s ({@code menyapu} → {@code sapu});
 *   <li>{@code menge-} before one-syllable roots ({@code mengebom});
 *   <li>{@code pe-} alone before any consonant for agent nouns ({@code petani}, {@code pekerja}).
 * </ul>
 * Stateless.
 */
final class NasalPrefix {
  private NasalPrefix() {}

  static void moves(char[] w, int s, int e, Moves out) {
    Affix a;
    if (startsWith(w, s, e, "me")) {
      a = Affix.MEN;
    } else if (startsWith(w, s, e, "pe")) {
      a = Affix.PEN;
    } else {
      return;
    }
    int i = s + 2;
    if (e - i < 2) {
      return;
    }
    char c = w[i];
    char d = w[i + 1];
    switch (c) {
      case 'l', 'r', 'w', 'y' -> out.add(i, (char) 0, a, 10);
      case 'm' -> {
        out.add(i, (char) 0, a, 10);
        if (d == 'b' || d == 'f' || d == 'v' || d == 'p') {
          out.add(i + 1, (char) 0, a, 10);
        } else if (vowel(d)) {
          out.add(i + 1, 'p', a, 11);
        }
      }
      case 'n' -> {
        out.add(i, (char) 0, a, 10);
        if (d == 'c' || d == 'd' || d == 'j' || d == 't' || d == 's' || d == 'z') {
          out.add(i + 1, (char) 0, a, 10);
        } else if (vowel(d)) {
          out.add(i + 1, 't', a, 11);
        } else if (d == 'g' && e - i >= 4) {
          char f = w[i + 2];
          if (f == 'g' || f == 'h' || f == 'k' || vowel(f)) {
            out.add(i + 2, (char) 0, a, 10);
          }
          if (vowel(f)) {
            out.add(i + 2, 'k', a, 11);
          }
          if (f == 'e' && e - i >= 5) {
            out.add(i + 3, (char) 0, a, 12);
          }
        } else if (d == 'y' && e - i >= 4 && vowel(w[i + 2])) {
          out.add(i + 2, 's', a, 11);
        }
      }
      default -> {
        if (a == Affix.PEN && !vowel(c)) {
          out.add(i, (char) 0, a, 13);
        }
      }
    }
  }
}
