package id.warta.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Hyphenated words. A full reduplication lemmatizes to its base ({@code mobil-mobil},
 * {@code perusahaan-perusahaan}), also when one half carries the affixes ({@code berbeda-beda},
 * {@code terus-menerus}, {@code habis-habisan}, {@code menggeleng-gelengkan}, {@code meniru-nirukan},
 * {@code sebaik-baiknya}), even when the lexicon lists the whole form ({@code kira-kira},
 * {@code habis-habisan}: UD GSD lemmatizes them to the base); other lexicon compounds stay whole;
 * a rhyming reduplication keeps its first half ({@code sayur-mayur}); a clitic after a hyphen is
 * split off ({@code kuasa-mu}, {@code malaikat-malaikat-nya}); any other compound
 * ({@code non-migas}, {@code bolak-balik}) stays whole. Stateless.
 */
final class Reduplication {
  private Reduplication() {}

  static Analysis analyze(String w, RootLexicon lexicon, Function<String, Analysis> core) {
    int last = w.lastIndexOf('-');
    if (last <= 0 || last == w.length() - 1 || w.indexOf("--") >= 0) {
      return Analysis.identity(w, false);
    }
    String tail = w.substring(last + 1);
    if (isClitic(tail)) {
      String h = w.substring(0, last);
      Analysis host = h.indexOf('-') > 0 ? analyze(h, lexicon, core) : core.apply(h);
      List<Clitic> clitics = new ArrayList<>(host.clitics());
      clitics.add(new Clitic(tail, false, Enclitics.lemma(tail)));
      return new Analysis(w, host.root(), host.prefixes(), host.suffixes(), clitics, host.reduplicated(), host.known());
    }
    int first = w.indexOf('-');
    if (first != last) {
      return Analysis.identity(w, false);
    }
    String a = w.substring(0, first);
    String b = tail;
    Analysis left = core.apply(a);
    if (a.equals(b)) {
      return redup(w, left, left);
    }
    Analysis right = core.apply(b);
    if (left.root().equals(right.root())) {
      return redup(w, left, right);
    }
    if (b.startsWith(a) || a.endsWith(stem(b)) && stem(b).length() >= 3) {
      return redup(w, left, right);
    }
    if (lexicon.contains(w)) {
      return core.apply(w);
    }
    if (a.length() >= 4 && a.length() == b.length() && a.substring(1).equals(b.substring(1))) {
      return redup(w, left, left);
    }
    return Analysis.identity(w, false);
  }

  private static Analysis redup(String w, Analysis left, Analysis right) {
    List<String> prefixes = left.prefixes().isEmpty() ? right.prefixes() : left.prefixes();
    List<String> suffixes = right.suffixes().isEmpty() ? left.suffixes() : right.suffixes();
    List<Clitic> clitics = new ArrayList<>();
    for (Clitic c : left.clitics()) {
      if (c.proclitic()) {
        clitics.add(c);
      }
    }
    for (Clitic c : right.clitics()) {
      if (!c.proclitic()) {
        clitics.add(c);
      }
    }
    return new Analysis(w, left.root(), prefixes, suffixes, clitics, true, left.known());
  }

  private static String stem(String b) {
    for (String s : new String[] {"kan", "an", "i"}) {
      if (b.endsWith(s) && b.length() - s.length() >= 3) {
        return b.substring(0, b.length() - s.length());
      }
    }
    return b;
  }

  static boolean isClitic(String s) {
    return switch (s) {
      case "nya", "ku", "mu", "lah", "kah", "pun" -> true;
      default -> false;
    };
  }
}
