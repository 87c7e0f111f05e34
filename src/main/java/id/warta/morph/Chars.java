package id.warta.morph;

/** Letter classes on lowercase ASCII. Stateless. */
final class Chars {
  private Chars() {}

  static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  static boolean startsWith(char[] w, int s, int e, String p) {
    int n = p.length();
    if (e - s < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (w[s + i] != p.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static boolean endsWith(char[] w, int s, int e, String p) {
    int n = p.length();
    if (e - s < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (w[e - n + i] != p.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static boolean hasVowel(char[] w, int s, int e) {
    for (int i = s; i < e; i++) {
      if (vowel(w[i])) {
        return true;
      }
    }
    return false;
  }
}
