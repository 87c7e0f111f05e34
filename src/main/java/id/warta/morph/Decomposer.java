package id.warta.morph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the best analysis of one lowercase, unhyphenated word: every combination of proclitic,
 * enclitics, derivational suffix and up to three prefixes whose root is in the lexicon is scored
 * (each affix costs about one unit, restored consonants and rare allomorphs a little more, clitics
 * half) and the cheapest wins, ties going to the longer root. Lookups probe the lexicon with slices
 * of the word, so the common path allocates nothing but the result. When no root is found,
 * {@link UnknownRootGuess} strips only unambiguous affixes.
 *
 * <p>Immutable and thread-safe; per-call state lives in a {@link Search}.
 */
final class Decomposer {
  private static final int MAX_PREFIXES = 3;
  private static final int CLITIC_COST = 5;
  private static final int PROCLITIC_COST = 8;
  private static final int SHORT_ROOT_COST = 6;
  private static final int NON_VERB_UNDER_NASAL_COST = 1;
  /**
   * A lexicalized content word plus a suffix is read as a derivation of that word before the
   * confix reading of its parts ({@code keluaran} is keluar + -an, {@code pendudukan} penduduk + -an).
   */
  private static final int LEXICALIZED_BASE_BONUS = -2;
  /** A root flagged as mostly reduplicated ({@code laba}, {@code remeh}) is a weaker reading. */
  private static final int RARE_ROOT_COST = 3;
  /**
   * peN-…-an, per-…-an and ke-…-an are confixes: reading the -an as part of one makes it cheaper than
   * a prefix alone on a root that happens to end in -an ({@code penyelamatan} is selamat, not selamatan).
   */
  private static final int CONFIX_AN_BONUS = -11;
  /**
   * A lexicalized function word ({@code lex}, not a noun, verb or adjective: {@code menurut},
   * {@code tersebut}, {@code akhirnya}) under further affixes gives way to a full analysis
   * ({@code menuruti} is turut); lexicalized content words stay the base of their derivations
   * ({@code pengeluaran} is keluar, {@code keterbatasan} is terbatas).
   */
  private static final int LEXICALIZED_UNDER_AFFIX_COST = 12;

  private final RootLexicon lexicon;
  private final Set<String> wholeWords;
  private final Map<String, String> variants;
  private final Map<String, String> infixes;
  private final boolean informal;
  private final UnknownRootGuess guess;

  Decomposer(RootLexicon lexicon, Set<String> wholeWords, Map<String, String> variants, Map<String, String> infixes,
      boolean informal) {
    this.lexicon = lexicon;
    this.infixes = infixes;
    this.variants = variants;
    this.wholeWords = wholeWords;
    this.informal = informal;
    this.guess = new UnknownRootGuess(lexicon);
  }

  Analysis analyze(String w) {
    String variant = variants.getOrDefault(w, infixes.get(w));
    if (variant != null) {
      return new Analysis(w, variant, List.of(), List.of(), List.of(), false, true);
    }
    LexiconEntry whole = lexicon.find(w);
    if (whole != null && (whole.standard() == null || informal) && !cliticOnRoot(w, whole)) {
      return new Analysis(w, informal ? whole.lemma() : whole.root(), List.of(), List.of(), List.of(), false, true);
    }
    if (wholeWords.contains(w)) {
      return Analysis.identity(w, true);
    }
    Search s = new Search(w.toCharArray());
    s.run();
    if (s.best != null) {
      Analysis a = s.result(w);
      String base = a.prefixes().isEmpty() && a.suffixes().isEmpty() ? infixes.get(a.root()) : null;
      return base == null ? a : new Analysis(w, base, a.prefixes(), a.suffixes(), a.clitics(), false, true);
    }
    return guess.analyze(w, s.chars);
  }

  /** The enclitics that UD splits even off a listed word: question -kah, -pun, and -nya. */
  private static final String[] SPLIT_OFF_LISTED = {"kah", "pun", "nya"};

  /**
   * Whether a lexicon entry is really a root plus an enclitic, as UD splits it ({@code apakah},
   * {@code bukankah}, {@code katanya}): it ends in {@code -kah}, {@code -pun} or {@code -nya} after
   * a lexicon root, is not flagged {@code nostem} ({@code paskah}) and is not listed in
   * {@code lexicalized.txt} ({@code akhirnya}, {@code maupun}).
   */
  private boolean cliticOnRoot(String w, LexiconEntry entry) {
    if (entry.keepWhole() && !entry.lexicalized() || wholeWords.contains(w)) {
      return false;
    }
    int n = w.length();
    for (String e : SPLIT_OFF_LISTED) {
      if (n - e.length() >= 3 && w.endsWith(e)
          && lexicon.find((char) 0, w.toCharArray(), 0, n - e.length()) != null) {
        return true;
      }
    }
    return false;
  }

  /** One search; not thread-safe. */
  private final class Search {
    final char[] chars;
    char[] w;
    final Moves[] moves = new Moves[MAX_PREFIXES + 1];
    final Affix[] cur = new Affix[MAX_PREFIXES];
    final int[] sufEnds = new int[4];
    final int[] hostEnds = new int[6];
    final String[] parts = new String[6];
    final String[] poss = new String[6];
    final Affix[] sufAffixes = new Affix[4];
    Affix suffix;
    String proclitic;
    String particle;
    String possessive;

    LexiconEntry best;
    String bestRoot;
    int bestCost = Integer.MAX_VALUE;
    final Affix[] bestPrefixes = new Affix[MAX_PREFIXES];
    int bestPrefixCount;
    Affix bestSuffix;
    String bestProclitic;
    String bestParticle;
    String bestPossessive;

    Search(char[] chars) {
      this.chars = chars;
      this.w = chars;
      moves[0] = new Moves();
    }

    void run() {
      int n = chars.length;
      runFrom(0, n, null, 0);
      if (n >= 6 && Chars.startsWith(chars, 0, n, "ku")) {
        runFrom(2, n, "ku", PROCLITIC_COST);
      }
      if (n >= 7 && Chars.startsWith(chars, 0, n, "kau")) {
        runFrom(3, n, "kau", PROCLITIC_COST);
      }
    }

    private void runFrom(int start, int n, String pro, int baseCost) {
      proclitic = pro;
      int[] hostEnds = this.hostEnds;
      String[] parts = this.parts;
      String[] poss = this.poss;
      int k = Enclitics.options(chars, start, n, hostEnds, parts, poss);
      for (int o = 0; o < k; o++) {
        particle = parts[o];
        possessive = poss[o];
        int cost = baseCost + (particle != null ? CLITIC_COST : 0) + (possessive != null ? CLITIC_COST : 0);
        int e = hostEnds[o];
        suffix = null;
        if (cost > 0) {
          LexiconEntry host = lexicon.find((char) 0, w, start, e - start);
          if (host != null) {
            record(host, cost, 0, e - start);
          }
          if (informal) {
            tryInformalVariants((char) 0, start, e, cost, 0);
          }
        }
        prefixes(start, e, 0, cost);
        int m = DerivationalSuffix.options(chars, start, e, informal, sufEnds, sufAffixes);
        for (int j = 0; j < m; j++) {
          suffix = sufAffixes[j];
          prefixes(start, sufEnds[j], 0, cost + 9);
        }
        suffix = null;
      }
    }

    private void prefixes(int s, int e, int depth, int cost) {
      if (depth > 0 || suffix != null || cost > 0) {
        tryRoot((char) 0, s, e, cost, depth);
      }
      int floor = cost + (depth == 0 && suffix == Affix.AN ? CONFIX_AN_BONUS : 0);
      if (depth == MAX_PREFIXES || floor >= bestCost) {
        return;
      }
      Moves m = moves(depth);
      NasalPrefix.moves(w, s, e, m);
      PlainPrefix.moves(w, s, e, m);
      if (informal && depth == 0) {
        InformalPrefix.moves(w, s, e, m);
      }
      if (depth == 1 && cur[0] == Affix.KE && Chars.startsWith(w, s, e, "tidak") && e - s >= 8) {
        m.add(s + 5, (char) 0, Affix.TIDAK, 5);
      }
      int size = m.size;
      for (int i = 0; i < size; i++) {
        Affix a = m.affix[i];
        if (!order(a, depth) || !ConfixConstraints.allowed(depth == 0 ? a : cur[0], suffix, informal)) {
          continue;
        }
        cur[depth] = a;
        int c = cost + m.cost[i] + (depth == 0 && suffix == Affix.AN && confixWithAn(a) ? CONFIX_AN_BONUS : 0);
        char lead = m.lead[i];
        int start = m.start[i];
        if (lead == 0) {
          prefixes(start, e, depth + 1, c);
        } else {
          tryRoot(lead, start, e, c, depth + 1);
          if (depth + 1 < MAX_PREFIXES && (lead == 'k' || lead == 'p' || lead == 't') && e - start >= 4) {
            char[] saved = w;
            char[] v = new char[e - start + 1];
            v[0] = lead;
            System.arraycopy(saved, start, v, 1, e - start);
            w = v;
            Moves inner = moves(depth + 1);
            PlainPrefix.moves(v, 0, v.length, inner);
            for (int j = 0; j < inner.size; j++) {
              Affix b = inner.affix[j];
              if (b == Affix.KE || b == Affix.PER || b == Affix.TER) {
                cur[depth + 1] = b;
                if (inner.lead[j] == 0) {
                  tryRoot((char) 0, inner.start[j], v.length, c + inner.cost[j], depth + 2);
                }
              }
            }
            w = saved;
          }
        }
      }
    }

    /**
     * meN- and peN- mostly take verb roots: a root that is not a verb costs a little more right under
     * the nasal, so {@code mengawal} is kawal rather than awal and {@code memakan} makan rather than
     * pakan, while a noun root with no rival still wins ({@code menyapu}).
     */
    private int nonVerbUnderNasal(LexiconEntry e, int depth) {
      return depth > 0 && (cur[depth - 1] == Affix.MEN || cur[depth - 1] == Affix.PEN) && !e.hasPos("VERB")
          ? NON_VERB_UNDER_NASAL_COST : 0;
    }

    /** {@code ber} + a numeral is a collective numeral, its own lemma ({@code berdua}, {@code bertiga}). */
    private boolean collectiveNumeral(LexiconEntry e, int depth) {
      return depth == 1 && cur[0] == Affix.BER && suffix == null && e.hasPos("NUM") && !e.hasPos("NOUN");
    }

    /**
     * {@code di} + a preposition-like root without a suffix is the preposition written together with
     * its noun ({@code dibawah}, {@code diantara}), not the passive prefix: no analysis.
     */
    private boolean prepositionGlued(LexiconEntry e, int depth) {
      return depth == 1 && cur[0] == Affix.DI && suffix == null && !e.hasPos("VERB") && !e.hasPos("ADJ")
          && (e.hasPos("ADP") || e.hasPos("DET") || e.hasPos("ADV") || e.hasPos("PRON"));
    }

    private boolean isContentWord(LexiconEntry e) {
      return e.hasPos("NOUN") || e.hasPos("VERB") || e.hasPos("ADJ");
    }

    private boolean confixWithAn(Affix a) {
      return a == Affix.PEN || a == Affix.PER || a == Affix.KE;
    }

    /** The (cleared) move buffer for a depth, allocated on first use. */
    private Moves moves(int depth) {
      Moves m = moves[depth];
      if (m == null) {
        m = new Moves();
        moves[depth] = m;
      }
      m.size = 0;
      return m;
    }

    /** Which prefix may stand at which depth: di-, meN-, informal nasals outermost only. */
    private boolean order(Affix a, int depth) {
      if (depth == 0) {
        return true;
      }
      if (a == Affix.DI || a == Affix.MEN || a == Affix.NASAL || a == Affix.NGE || a == Affix.SE) {
        return false;
      }
      for (int i = 0; i < depth; i++) {
        if (cur[i] == a || cur[i] == Affix.PEN && a == Affix.KE) {
          return false;
        }
      }
      return true;
    }

    private void tryRoot(char lead, int s, int e, int cost, int depth) {
      int len = e - s + (lead == 0 ? 0 : 1);
      if (len < 2 || cost > bestCost || len == 2 && depth + (suffix == null ? 0 : 1) < 2) {
        return;
      }
      LexiconEntry entry = lexicon.find(lead, w, s, e - s);
      if (entry != null && (entry.standard() == null || informal)
          && !prepositionGlued(entry, depth) && !collectiveNumeral(entry, depth)) {
        int under = entry.lexicalized() && (depth > 0 || suffix != null) && !isContentWord(entry) ? LEXICALIZED_UNDER_AFFIX_COST : 0;
        int rare = entry.reduplicated() ? RARE_ROOT_COST : 0;
        if (entry.lexicalized() && depth == 0 && suffix != null && isContentWord(entry)) {
          rare += LEXICALIZED_BASE_BONUS;
        }
        record(entry, cost + shortRootCost(entry, len, depth) + under + rare + nonVerbUnderNasal(entry, depth), depth, len);
      } else if (informal) {
        tryInformalVariants(lead, s, e, cost, depth);
      }
    }

    /**
     * Two-letter roots are rare (and need two affixes at all: {@code dies} is not di + es);
     * three-letter nouns under two or more affixes are suspect
     * ({@code pemeran} is peran, not per), three-letter verbs are not ({@code mengadakan} is ada).
     */
    private int shortRootCost(LexiconEntry entry, int len, int depth) {
      if (len == 2) {
        return SHORT_ROOT_COST;
      }
      return len == 3 && rank(entry) == 0 && depth + (suffix == null ? 0 : 1) >= 2 ? SHORT_ROOT_COST / 2 : 0;
    }

    private void tryInformalVariants(char lead, int s, int e, int cost, int depth) {
      for (String v : InformalSpelling.variants(lead, w, s, e)) {
        LexiconEntry entry = lexicon.find(v);
        if (entry != null) {
          record(entry, cost + 2, depth, v.length());
          return;
        }
      }
    }

    private void record(LexiconEntry entry, int cost, int depth, int len) {
      if (cost < bestCost || cost == bestCost && best != null && better(entry, len)) {
        best = entry;
        bestRoot = informal ? entry.lemma() : entry.root();
        bestCost = cost;
        System.arraycopy(cur, 0, bestPrefixes, 0, depth);
        bestPrefixCount = depth;
        bestSuffix = suffix;
        bestProclitic = proclitic;
        bestParticle = particle;
        bestPossessive = possessive;
      }
    }

    /** At equal cost: a verb or adjective root over a noun ({@code bedakan} is beda, not bedak), then the longer root. */
    private boolean better(LexiconEntry entry, int len) {
      int r = rank(entry);
      int rb = rank(best);
      return r != rb ? r > rb : len > bestRoot.length();
    }

    private int rank(LexiconEntry e) {
      return e.hasPos("VERB") || e.hasPos("ADJ") ? 1 : 0;
    }

    Analysis result(String word) {
      List<String> prefixes = new ArrayList<>(bestPrefixCount);
      for (int i = 0; i < bestPrefixCount; i++) {
        prefixes.add(bestPrefixes[i].label);
      }
      List<String> suffixes = bestSuffix == null ? List.of() : List.of(bestSuffix.label);
      List<Clitic> clitics = new ArrayList<>(3);
      if (bestProclitic != null) {
        clitics.add(new Clitic(bestProclitic, true, Enclitics.lemma(bestProclitic)));
      }
      if (bestPossessive != null) {
        clitics.add(new Clitic(bestPossessive, false, Enclitics.lemma(bestPossessive)));
      }
      if (bestParticle != null) {
        clitics.add(new Clitic(bestParticle, false, bestParticle));
      }
      return new Analysis(word, bestRoot, prefixes, suffixes, clitics, false, true);
    }
  }
}
