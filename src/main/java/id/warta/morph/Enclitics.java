package id.warta.morph;

import static id.warta.morph.Chars.endsWith;

/**
 * Enclitics, split off the end of a word as their own syntactic words: an optional particle
 * ({@code -lah}, {@code -kah}, {@code -tah}, {@code -pun}) outermost, and before it an optional
 * possessive ({@code -ku}, {@code -mu}, {@code -nya}): {@code rumahnyalah} = {@code rumah + nya +
 * lah}. Stateless.
 */
final class Enclitics {
  private Enclitics() {}

  static final String[] PARTICLES = {"lah", "kah", "tah", "pun"};
  static final String[] POSSESSIVES = {"nya", "ku", "mu"};

  /** The UD lemma of a clitic form. */
  static String lemma(String form) {
    return switch (form) {
      case "nya" -> "dia";
      case "ku" -> "aku";
      case "mu", "kau" -> "kamu";
      default -> form;
    };
  }

  /**
   * Writes the ways {@code w[0, e)} can end in enclitics as (host end, particle, possessive) with
   * null for an absent one; the first option is always "no enclitic". Returns the count.
   */
  static int options(char[] w, int s, int e, int[] hostEnds, String[] particles, String[] possessives) {
    int n = 0;
    hostEnds[n] = e;
    particles[n] = null;
    possessives[n++] = null;
    String particle = null;
    int pe = e;
    for (String p : PARTICLES) {
      if (endsWith(w, s, e, p) && e - s - p.length() >= 2) {
        particle = p;
        pe = e - p.length();
        hostEnds[n] = pe;
        particles[n] = p;
        possessives[n++] = null;
        break;
      }
    }
    for (String q : POSSESSIVES) {
      if (endsWith(w, s, e, q) && e - s - q.length() >= 2) {
        hostEnds[n] = e - q.length();
        particles[n] = null;
        possessives[n++] = q;
      }
      if (particle != null && endsWith(w, s, pe, q) && pe - s - q.length() >= 2) {
        hostEnds[n] = pe - q.length();
        particles[n] = particle;
        possessives[n++] = q;
      }
    }
    return n;
  }
}
