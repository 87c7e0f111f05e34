package id.warta.figure;

import id.warta.Stages;
import id.warta.internal.SentenceList;
import id.warta.morph.Lemmatizer;
import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.text.TokenKind;
import id.warta.tokenize.Segmenter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and normalizes the figures of Indonesian text: money, percentages, measurements, counts
 * and what they count, dates, durations and ordinals, with their qualifiers, ranges and rates.
 *
 * <pre>{@code
 * List<Figure> fs = FigureExtractor.standard().extract("Penjualan naik 6% menjadi 34.000 unit.");
 * }</pre>
 *
 * <p>How it works, per sentence: tokens that may start a figure (digits, currency signs, trigger
 * words) are found first, from the token offsets and kinds that the segmenter's list carries in
 * columns ({@link SentenceList}; from the tokens themselves for any other list), and only windows
 * of atoms around them are read further ({@link Scan});
 * there {@link NumberReader} reads every number; the rules of each
 * dimension ({@link MoneyRules}, {@link PercentRules}, {@link QuantityRules}, {@link CountRules},
 * {@link DateRules}, {@link DurationRules}, {@link OrdinalRules}) are tried at each atom, and the
 * longest match wins (the earlier rule on a tie); then {@link NonFigures} drops identifiers and
 * names, {@link Restatements} joins amounts restated in brackets, {@link Ranges} joins ranges,
 * {@link InformalMoney} makes chat prices ("25jt") rupiah, {@link Rates} reads "per X", {@link
 * Qualifiers} attaches qualifier words, {@link ObjectFinder} finds what is counted, and {@link
 * DateResolver} resolves dates against the reference date.
 *
 * <p>Immutable and thread-safe: one instance serves any number of threads.
 */
public final class FigureExtractor implements Stages.FigureStage {
  private static final class Bundled {
    static final FigureExtractor INSTANCE = new FigureExtractor(Lexicon.bundled());
  }

  private final Lexicon lx;
  private final NumberReader reader;
  private final List<Rule> rules;
  /** {@link #rules} as an array, for the matcher. */
  private final Rule[] ruleArray;
  /** Rules by the key of the atom they start at. */
  private final Map<String, int[]> byKey;
  /** Rules that start with a number, by the key of the atom after that number. */
  private final Map<String, int[]> numericByNext;
  /** Rules that start with a number and may go on with any atom. */
  private final int[] numericAny;
  /** The atom kinds each of {@link #numericAny} may start at ({@link Pattern.Elem#startKinds()}). */
  private final int[] numericAnyKinds;
  /** The number shapes each of {@link #numericAny} may start at ({@link Pattern.Elem#startShapes()}). */
  private final int[] numericAnyShapes;
  /** Shapes (first two letters, last letter, length) of the trigger words: a cheap filter before hashing. */
  private final java.util.BitSet triggerShapes = new java.util.BitSet(SHAPES);
  /** {@link #triggerShapes} as a bit per shape, read without a branch in the pass over all tokens. */
  private final long[] triggerShapeMask = new long[SHAPES / 64];
  /** The words that may start a figure, as written, looked up in place for the few tokens whose shape passes. */
  private final TriggerTable triggerTable;
  /**
   * Subject pronouns, copulas and the demonstratives ending a subject before "satu dari N": "ia satu
   * dari empat saksi", "perusahaan itu satu dari enam unicorn" are one of them, not a proportion
   * ("satu dari lima balita mengalami tengkes" is one).
   */
  private static final Set<String> ONE_OF = Set.of("ia", "dia", "beliau", "aku", "saya", "kami", "kita", "adalah",
      "merupakan", "menjadi", "jadi", "sebagai", "seperti", "termasuk", "yakni", "yaitu", "ialah", "itu", "ini", "tersebut");

  /** The words for a whole that a spelled fraction before "dari" is a part of: "sepertiga dari jumlah penduduk". */
  static final Set<String> WHOLES = Set.of("total", "jumlah", "seluruh", "keseluruhan", "populasi");

  /** Pronouns between an age word and the age: "umur saya 45". */
  static final Set<String> AGE_OWNERS = Set.of("saya", "aku", "gue", "gw", "kamu", "dia", "beliau", "anak", "anakku");

  /** The word sets {@link Scan#lowerIn} may be asked about. */
  static final List<Set<String>> SMALL_SETS = List.of(NumberReader.CONNECTORS, NonFigures.TIME_ZONES,
      Rates.PER, Rates.SPAN_WORDS, DateRules.QUANTITY_WORDS, NonFigures.SCORE_WORDS, DateRules.HISTORICAL_WORDS,
      Changes.TO, NonFigures.COMPASS, NonFigures.VAGUE, Qualifiers.BRIDGES, NonFigures.TAKE_BACK, Changes.NEAR,
      NonFigures.SIZE_WORDS, Qualifiers.WAGES, NonFigures.AGREEMENT, WHOLES,
      Rates.LIST_WORDS, NonFigures.HALF_WORDS, NonFigures.PLACE_WORDS,
      NonFigures.MULTIPLIED, DateRules.JOURNAL_WORDS, NonFigures.EXAM_NAMES, DurationRules.CLOCK_WORDS,
      InformalMoney.SOLD, NonFigures.MEASURED, NonFigures.MAGNIFIED, NonFigures.PARTS_OF_DAY,
      NonFigures.DAY_WORDS, NonFigures.DAY_JOINERS, AGE_OWNERS,
      InformalMoney.ASKING, Qualifiers.TEMPERATURES, NonFigures.DIVIDED,
      DateRules.AFTER_SINCE_DAY, InformalMoney.CREDIT, NonFigures.AGREED);
  /** The lexicon's {@link KeyIndex} with the keys of the rules and of the number reader's scales. */
  private final KeyIndex index;
  /** {@link #byKey} and {@link #numericByNext} by {@link #index} slot of the key, for atoms whose slot is known. */
  private final int[][] byKeySlot;
  private final int[][] numericByNextSlot;
  /** By rule: {@link Rule#secondKeys()} over {@link #index}, or null. */
  private final SlotSet[] secondKeys;

  private FigureExtractor(Lexicon lx) {
    this.lx = lx;
    this.reader = new NumberReader(lx);
    this.rules = rules(lx);
    this.ruleArray = rules.toArray(new Rule[0]);
    Map<String, List<Integer>> keys = new HashMap<>();
    Map<String, List<Integer>> byNext = new HashMap<>();
    List<Integer> anyNext = new ArrayList<>();
    for (int k = 0; k < rules.size(); k++) {
      Rule rule = rules.get(k);
      Set<String> t = rule.triggers();
      if (t == null) {
        Set<String> next = rule.pattern().size() < 2 || rule.pattern().get(1).optional() ? null : rule.pattern().get(1).triggers();
        if (next == null) {
          anyNext.add(k);
        } else {
          for (String key : next) {
            byNext.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
          }
        }
      } else {
        for (String key : t) {
          keys.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
        }
      }
    }
    this.byKey = frozen(keys);
    this.numericByNext = frozen(byNext);
    this.numericAny = anyNext.stream().mapToInt(Integer::intValue).toArray();
    this.numericAnyKinds = anyNext.stream().mapToInt(k -> rules.get(k).elems[0].startKinds()).toArray();
    this.numericAnyShapes = anyNext.stream().mapToInt(k -> rules.get(k).elems[0].startShapes()).toArray();
    // words that may start a figure, as written
    Set<String> triggerWords = triggerWords(byKey.keySet(), lx.numberWords.keySet(), lx.spelledPairs());
    this.triggerTable = new TriggerTable(triggerWords);
    Set<String> ruleWords = new HashSet<>();
    for (Rule rule : rules) {
      for (Pattern.Elem e : rule.pattern()) {
        Set<String> k = e.keys();
        if (k != null) {
          ruleWords.addAll(k);
        }
      }
    }
    this.index = lx.keys
        .with(KeyIndex.WORD_SCALES, reader.scaleWords())
        .with(KeyIndex.NUMBER_WORDS, List.of("antara")) // read as the start of a range
        .with(KeyIndex.RULE_START, byKey.keySet())
        .with(KeyIndex.RULE_NEXT, numericByNext.keySet())
        .with(KeyIndex.RULE_WORDS, ruleWords)
        .with(KeyIndex.SMALL_SETS, SMALL_SETS.stream().flatMap(Set::stream).toList());
    this.byKeySlot = bySlot(byKey, index);
    this.numericByNextSlot = bySlot(numericByNext, index);
    this.secondKeys = new SlotSet[ruleArray.length];
    for (int k = 0; k < ruleArray.length; k++) {
      Set<String> second = ruleArray[k].secondKeys();
      if (second != null) {
        if (!ruleWords.containsAll(second)) {
          throw new IllegalStateException("second keys outside the rule words: " + ruleArray[k].name());
        }
        secondKeys[k] = new SlotSet(second, index);
      }
    }
    for (String w : triggerWords) {
      // as written (each casing is a trigger word of its own), folded as the pass folds
      triggerShapes.set(shape(w.charAt(0) | 0x20, w.length() > 1 ? w.charAt(1) | 0x20 : 0,
          w.charAt(w.length() - 1) | 0x20, w.length()));
    }
    long[] words = triggerShapes.toLongArray();
    System.arraycopy(words, 0, triggerShapeMask, 0, words.length);
  }

  /** {@code m} by the slot of its keys in {@code index}, which holds them all. */
  private static int[][] bySlot(Map<String, int[]> m, KeyIndex index) {
    int[][] out = new int[index.size()][];
    m.forEach((k, v) -> {
      int slot = index.slotOf(k);
      if (slot < 0) {
        throw new IllegalStateException("key not indexed: " + k);
      }
      out[slot] = v;
    });
    return out;
  }

  /** The rules of every dimension over {@code lx}, in the order that breaks ties. */
  static List<Rule> rules(Lexicon lx) {
    List<Rule> all = new ArrayList<>();
    // order breaks ties between matches of the same length: the more specific dimension first
    all.addAll(DateRules.rules(lx));
    all.addAll(MoneyRules.rules(lx));
    all.addAll(PercentRules.rules(lx));
    all.addAll(QuantityRules.rules(lx));
    all.addAll(DurationRules.rules(lx));
    all.addAll(OrdinalRules.rules(lx));
    all.addAll(CountRules.rules(lx));
    return List.copyOf(all);
  }

  private static Map<String, int[]> frozen(Map<String, List<Integer>> m) {
    Map<String, int[]> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).sorted().toArray()));
    return out;
  }

  /** The extractor with the bundled language data (shared instance). */
  public static FigureExtractor standard() {
    return Bundled.INSTANCE;
  }

  /** The names of the rules, in the order that breaks ties. */
  public List<String> ruleNames() {
    return rules.stream().map(Rule::name).toList();
  }

  /**
   * The figures of {@code text}, segmented with the standard segmenter; dates stay relative.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public List<Figure> extract(String text) {
    return find(text, Segmenter.standard().segment(text), Optional.empty());
  }

  /**
   * The figures of {@code text} published on {@code referenceDate}, against which partial and
   * deictic dates are resolved.
   *
   * @throws NullPointerException if an argument is null
   */
  public List<Figure> extract(String text, LocalDate referenceDate) {
    Objects.requireNonNull(referenceDate, "referenceDate");
    return find(text, Segmenter.standard().segment(text), Optional.of(referenceDate));
  }

  @Override
  public List<Figure> find(String text, List<Sentence> sentences, Optional<LocalDate> referenceDate) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(referenceDate, "referenceDate");
    List<Figure> out = new ArrayList<>();
    LocalDate ref = referenceDate.orElse(null);
    Pass pass = new Pass();
    // the segmenter's own list carries the offsets and kinds of all tokens: reading those columns
    // is much cheaper than loading every token object
    SentenceList columns = sentences instanceof SentenceList l && l.intact() ? l : null;
    int sentenceCount = sentences.size();
    if (columns != null) {
      int[] starts = columns.starts();
      int[] ends = columns.ends();
      byte[] kinds = columns.kinds();
      for (int si = 0; si < sentenceCount; ) {
        // short sentences together, so that the pass over all tokens runs one loop over many
        // sentences (a loop per sentence of 16 tokens costs much in its entry and exit)
        int first = columns.firstToken(si);
        int sj = si + 1;
        while (sj < sentenceCount && columns.firstToken(sj + 1) - first <= GROUP) {
          sj++;
        }
        triggers(pass, text, starts, ends, kinds, columns, si, first, columns.firstToken(sj), ref, out);
        si = sj;
      }
    } else {
      for (int si = 0; si < sentenceCount; si++) {
        List<Token> tokens = sentences.get(si).tokens();
        pass.load(tokens);
        triggers(pass, text, pass.starts, pass.ends, pass.kinds, null, si, 0, tokens.size(), ref, out);
      }
    }
    return out;
  }

  /** Tokens a group of sentences has at most, unless one sentence alone has more. */
  private static final int GROUP = 1024;

  /**
   * Finds the triggers among tokens {@code [first, last)}, which are whole sentences from sentence
   * {@code si} on (one sentence from 0 without {@code columns}), and reads the windows of atoms
   * around them: atoms only around tokens that may start a figure, the rest of a sentence cannot
   * matter.
   */
  private void triggers(Pass pass, String text, int[] starts, int[] ends, byte[] kinds, SentenceList columns,
      int si, int first, int last, LocalDate ref, List<Figure> out) {
    pass.group(last - first);
    boolean[] cand = pass.groupCand;
    int[] maybe = pass.maybe;
    long[] shapeMask = triggerShapeMask;
    int m = 0;
    // first without branches (a branch on each token's shape is mispredicted too often): the
    // candidate flags, and the tokens that may be triggers (numbers and the like, words of a
    // trigger's shape) listed
    for (int t = first; t < last; t++) {
      int k = KINDS[kinds[t] & 0xFF];
      int st = starts[t];
      int len = ends[t] - st;
      // ASCII letters folded by setting one bit (other chars change too, the same way for the trigger words)
      int c0 = text.charAt(st) | 0x20;
      int c1 = len > 1 ? text.charAt(st + 1) | 0x20 : 0;
      int cl = text.charAt(st + len - 1) | 0x20;
      int sh = shape(c0, c1, cl, len);
      // a word whose shape no rule key, number word or trigger has can start nothing
      int word = k >> 1 & (int) (shapeMask[sh >>> 6] >>> sh);
      cand[t - first] = ((k | word) & 1) != 0;
      maybe[m] = t;
      m += (k >> 2 | word) & 1;
    }
    // the sentence of the current window: tokens [base, end)
    int s = si;
    int base = first;
    int end = columns == null ? last : columns.firstToken(si + 1);
    int from = -1;
    int to = -1;
    for (int j = 0; j < m; j++) {
      int t = maybe[j];
      // a token's text is text[start, end); a word triggers if it is a trigger word as written
      if ((KINDS[kinds[t] & 0xFF] & ALWAYS_TRIGGER) == 0) {
        if (!triggerTable.contains(text, starts[t], ends[t])) {
          // nor is it a candidate in another's window: a word of a trigger's shape only
          cand[t - first] = false;
          continue;
        }
      } else if (kinds[t] == ALPHANUMERIC && !alphanumericMayStart(text, starts[t], ends[t])) {
        continue;
      }
      if (t >= end) {
        if (from >= 0) {
          window(pass, text, starts, ends, kinds, base, first, from, to, end - base, ref, out);
          from = -1;
        }
        do {
          s++;
          end = columns.firstToken(s + 1);
        } while (t >= end);
        base = columns.firstToken(s);
      }
      int i = t - base;
      int ws = Math.max(0, i - BEFORE);
      int we = Math.min(end - base, i + AFTER + 1);
      if (from >= 0 && ws <= to) {
        to = Math.max(to, we);
      } else {
        if (from >= 0) {
          window(pass, text, starts, ends, kinds, base, first, from, to, end - base, ref, out);
        }
        from = ws;
        to = we;
      }
    }
    if (from >= 0) {
      window(pass, text, starts, ends, kinds, base, first, from, to, end - base, ref, out);
    }
  }

  /**
   * The offsets and kinds of one sentence's tokens (for a list other than the segmenter's), copied
   * out in a loop without branches (so the loads of many tokens overlap), and the candidate flags
   * and possible triggers the trigger pass finds. Per call.
   */
  private static final class Pass {
    int[] starts = new int[64];
    int[] ends = new int[64];
    byte[] kinds = new byte[64];
    /** The candidate flags of a window's sentence, by token index in the sentence. */
    boolean[] cand = new boolean[64];
    /** The candidate flags of a group of sentences, by token index in the group. */
    boolean[] groupCand = new boolean[64];
    /** The tokens of the group that may be triggers, found by the pass over all tokens. */
    int[] maybe = new int[64];
    /** The scan of the current window, reused from window to window. */
    final Scan scan = new Scan();
    /** The best reading starting at each atom, its end and its rule, for {@link #match}. */
    Reading[] best = new Reading[64];
    int[] bestEnd = new int[64];
    int[] bestRule = new int[64];
    /** The readings of the current window, reused from window to window. */
    final List<Reading> readings = new ArrayList<>();
    /** The best readings of the current window that a longer one before them covered, for {@link NonFigures#refill}. */
    final List<Reading> skipped = new ArrayList<>();
    /** The readings {@link NonFigures#filter} dropped in the current window. */
    final List<Reading> dropped = new ArrayList<>();

    /** Makes room for a group of {@code n} tokens. */
    void group(int n) {
      if (cand.length < n) {
        int size = Math.max(n, cand.length * 2);
        cand = new boolean[size];
        groupCand = new boolean[size];
        maybe = new int[size];
      }
    }

    void load(List<Token> tokens) {
      int n = tokens.size();
      if (starts.length < n) {
        int size = Math.max(n, starts.length * 2);
        starts = new int[size];
        ends = new int[size];
        kinds = new byte[size];
      }
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        starts[i] = t.start();
        ends[i] = t.end();
        kinds[i] = (byte) t.kind().ordinal();
      }
    }
  }

  private static final byte ALPHANUMERIC = (byte) TokenKind.ALPHANUMERIC.ordinal();

  /**
   * Whether a letters-and-digits token may start a figure, so that it opens a window: digits glued
   * to a unit (150cc, 1970-an), ke- with digits, Q1, a roman period with a year (III/2021), a month
   * glued to a day (Januari-31), or a key some rule starts with. Names and codes (5G is the first
   * kind, but COVID-19, B20, CX-5, M2 are not) open none.
   */
  private boolean alphanumericMayStart(String text, int start, int end) {
    char c0 = text.charAt(start);
    if (c0 >= '0' && c0 <= '9' || c0 == 'k' || c0 == 'K' || c0 == 'Q' || c0 == 'I') {
      return true;
    }
    if ((index.mask(text, start, end) & 1L << KeyIndex.RULE_START) != 0) {
      return true;
    }
    for (int k = start + 1; k < end; k++) {
      if (text.charAt(k) == '-') {
        return lx.months.containsKey(text.substring(start, k));
      }
    }
    return false;
  }

  /**
   * By kind ordinal (indexed with the byte's 8 bits, so without a bounds check): {@link
   * #CANDIDATE_KIND} for the kinds other than words that may start a number or rule (all but
   * punctuation), {@link #WORD} for words, which are looked at further, {@link #ALWAYS_TRIGGER} for
   * the kinds that are always triggers.
   */
  private static final int[] KINDS = new int[256];
  private static final int CANDIDATE_KIND = 1;
  private static final int WORD = 2;
  private static final int ALWAYS_TRIGGER = 4;

  static {
    for (TokenKind k : TokenKind.values()) {
      int bits = k == TokenKind.WORD ? WORD : k == TokenKind.PUNCTUATION ? 0 : CANDIDATE_KIND;
      if (k == TokenKind.NUMBER || k == TokenKind.ALPHANUMERIC || k == TokenKind.CURRENCY) {
        bits |= ALWAYS_TRIGGER;
      }
      KINDS[k.ordinal()] = bits;
    }
  }

  /** Atoms a window keeps before a trigger (qualifiers, identifier words) and after it (units, rates, objects). */
  private static final int BEFORE = 4;
  private static final int AFTER = 14;

  /**
   * Reads the window of tokens {@code [from, to)} of the sentence of {@code sentenceSize} tokens whose
   * tokens start at {@code base}, in a group whose tokens start at {@code first}.
   */
  private void window(Pass pass, String text, int[] starts, int[] ends, byte[] kinds, int base, int first, int from,
      int to, int sentenceSize, LocalDate ref, List<Figure> out) {
    boolean[] cand = pass.groupCand;
    if (base != first) {
      // the scan reads the flags by token index in the sentence
      cand = pass.cand;
      System.arraycopy(pass.groupCand, base - first + from, cand, from, to - from);
    }
    Scan s = pass.scan;
    s.load(text, starts, ends, kinds, base, cand, from, to, sentenceSize, lx, index);
    reader.read(s);
    List<Reading> rs = match(s, pass);
    if (rs.isEmpty()) {
      return;
    }
    List<Reading> dropped = pass.dropped;
    dropped.clear();
    rs = NonFigures.filter(lx, s, rs, dropped);
    if (!dropped.isEmpty() && !pass.skipped.isEmpty()) {
      rs = NonFigures.refill(lx, s, dropped, rs, pass.skipped);
    }
    rs = Restatements.join(s, rs);
    rs = Compounds.join(rs);
    rs = Compounds.sides(s, rs);
    rs = OrdinalRules.spacedKe(lx, s, rs);
    rs = DateRules.elidedCenturies(s, rs);
    rs = Ranges.join(s, rs);
    rs = InformalMoney.attach(lx, s, rs);
    rs = Rates.attach(lx, s, rs);
    // ends that both carry a rate join only now: "Rp 13.500/kg hingga Rp 14.000/kg"
    rs = Ranges.join(s, rs);
    rs = Changes.attach(lx, s, rs);
    rs = Lists.attach(lx, s, rs);
    rs = Qualifiers.attach(lx, s, rs);
    for (int k = 0; k < rs.size(); k++) {
      int limit = k + 1 < rs.size() ? rs.get(k + 1).start() : s.size();
      Reading next = k + 1 < rs.size() ? rs.get(k + 1) : null;
      int nextLimit = k + 2 < rs.size() ? rs.get(k + 2).start() : s.size();
      Figure f = figure(s, rs.get(k), limit, ref, next, nextLimit);
      if (f != null) {
        out.add(f);
        if (next != null && f.end() > s.atom(next.start()).start) {
          k++; // the figure took the next reading in as its rate: "450 ton jagung sehari"
        }
      }
    }
  }

  /** Bits of the trigger-shape filter: 8 KB, in the first-level cache with the pass's columns. */
  private static final int SHAPES = 1 << 16;

  /** A hash of a word's first two letters, last letter and length, folded, over {@link #SHAPES} bits. */
  private static int shape(int c0, int c1, int cl, int len) {
    return (((c0 * 31 + c1) * 31 + cl) * 31 + Math.min(len, 40)) * 0x9E3779B9 >>> 16;
  }

  /** The trigger keys, number words and pairs of them (dua-tiga), lowercase, capitalized and in capitals. */
  private static Set<String> triggerWords(Set<String> keys, Set<String> numberWords, Set<String> spelledPairs) {
    Set<String> out = new HashSet<>();
    for (Set<String> set : List.of(keys, numberWords, spelledPairs, Set.of("antara"))) {
      for (String w : set) {
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
          continue;
        }
        if (set == keys && OrdinalRules.ROMAN_KEYS.contains(w)) {
          out.add(w.toUpperCase(Locale.ROOT)); // roman numerals are written in capitals ("Xi" is a name)
          continue;
        }
        out.add(w);
        out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        out.add(w.toUpperCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Leftmost-longest matching of all rules over the atoms of {@code s}: for each atom, the best
   * reading whose text starts there (longest match, then earlier rule), then a left-to-right sweep.
   */
  private List<Reading> match(Scan s, Pass pass) {
    int n = s.size();
    if (pass.best.length < n) {
      int size = Math.max(n, pass.best.length * 2);
      pass.best = new Reading[size];
      pass.bestEnd = new int[size];
      pass.bestRule = new int[size];
    }
    // every entry of best is null here: the sweep below clears those it reads
    Reading[] best = pass.best;
    int[] bestEnd = pass.bestEnd;
    int[] bestRule = pass.bestRule;
    int[] cands = s.candidates();
    for (int c = 0, nc = s.candidateCount(); c < nc; c++) {
      int i = cands[c];
      Atom a = s.atom(i);
      if (s.num(i) != null || a.kind == TokenKind.NUMBER || a.kind == TokenKind.ALPHANUMERIC) {
        // the rules that go on with the atom after the number first: they match longer, and the
        // one-atom rules of any number (a bare count) are then mostly beaten before they are tried
        NumberReader.Num num = s.num(i);
        int after = num != null ? num.end() : i + 1;
        Atom next = s.atomOrNull(after);
        int[] byNext = next == null || !s.mayBeIn(after, KeyIndex.RULE_NEXT) ? null : rulesAt(numericByNext, numericByNextSlot, s, after);
        if (byNext != null) {
          for (int k : byNext) {
            consider(s, i, k, best, bestEnd, bestRule);
          }
        }
        if (num != null && num.end() != i + 1 && i + 1 < s.size()) {
          // rules that start with one digit atom (dates) go on at i + 1
          int[] byAtom = !s.mayBeIn(i + 1, KeyIndex.RULE_NEXT) ? null : rulesAt(numericByNext, numericByNextSlot, s, i + 1);
          if (byAtom != null) {
            for (int k : byAtom) {
              consider(s, i, k, best, bestEnd, bestRule);
            }
          }
        }
        int kindBit = 1 << a.kind.ordinal();
        int shape = Pattern.numShape(s, i);
        for (int j = 0; j < numericAny.length; j++) {
          if ((numericAnyKinds[j] & kindBit) != 0 && (numericAnyShapes[j] & shape) != 0) {
            consider(s, i, numericAny[j], best, bestEnd, bestRule);
          }
        }
      }
      int[] keyed = a.kind == TokenKind.PUNCTUATION || !s.mayBeIn(i, KeyIndex.RULE_START) ? null : rulesAt(byKey, byKeySlot, s, i);
      if (keyed != null) {
        for (int k : keyed) {
          consider(s, i, k, best, bestEnd, bestRule);
        }
      }
    }
    List<Reading> out = pass.readings;
    out.clear();
    List<Reading> skipped = pass.skipped;
    skipped.clear();
    // left to right, each reading from where the one before ends; every entry is cleared for the
    // next window (only the few set ones are written, rather than all of them before matching)
    int next = 0;
    for (int p = 0; p < n; p++) {
      Reading r = best[p];
      if (r != null) {
        best[p] = null;
        if (p >= next) {
          out.add(r);
          next = Math.max(r.end(), p + 1);
        } else {
          skipped.add(r);
        }
      }
    }
    return out;
  }

  /** The index the scans of this extractor are loaded with (for tests). */
  KeyIndex index() {
    return index;
  }

  /** {@link Rule#mayMatch} of rule {@code k} of {@link #rules} at atom {@code i}, as the matcher asks it (for tests). */
  boolean mayMatch(int k, Scan s, int i) {
    return ruleArray[k].mayMatch(s, i, secondKeys[k]);
  }

  /** {@code byKey.get(key of atom i)}: through the slot of the key when it has one. */
  private static int[] rulesAt(Map<String, int[]> byKey, int[][] bySlot, Scan s, int i) {
    int slot = s.slot(i);
    return slot >= 0 ? bySlot[slot] : byKey.get(s.atom(i).key());
  }

  private void consider(Scan s, int i, int k, Reading[] best, int[] bestEnd, int[] bestRule) {
    Rule rule = ruleArray[k];
    if (rule.single && rule.firstPeeks && best[i] != null) {
      // a one-element rule matches at i or not at all, and ends where its element would: one that
      // cannot beat the best match there is not tried (nor its reading made)
      int end = rule.elems[0].peekEnd(s, i);
      if (end >= 0 && (end < bestEnd[i] || end == bestEnd[i] && k > bestRule[i])) {
        return;
      }
    }
    if (!rule.mayMatch(s, i, secondKeys[k])) {
      return;
    }
    Pattern.Match m = Pattern.match(rule, s, i);
    if (m == null) {
      return;
    }
    int p = m.start();
    int end = m.matchEnd();
    if (best[p] != null && (end < bestEnd[p] || end == bestEnd[p] && k > bestRule[p])) {
      return;
    }
    Reading r = rule.production().produce(m);
    if (r != null && r.start() == p) {
      best[p] = r;
      bestEnd[p] = end;
      bestRule[p] = k;
    }
  }

  /**
   * Whether a bare count without object is rather a name or code: a spelled number ("dua di
   * antaranya") or four digits or more without separators that are not a year (Peugeot 5008).
   */
  private static boolean isBareCode(Scan s, Reading r) {
    NumberReader.Num n = s.num(r.start());
    if (n == null) {
      return false;
    }
    if (n.spelled()) {
      if (s.lowerIs(r.end(), "bersaudara")) {
        return false; // "anak ketiga dari tujuh bersaudara": seven siblings, counted by the verb
      }
      // "satu dari lima balita" counts; "dua di antaranya" does not
      boolean outOf = s.lowerIs(r.end(), "dari") && s.num(r.end() + 1) != null;
      if (n.value().compareTo(java.math.BigDecimal.ONE) < 0 && s.lowerIs(r.end(), "dari") && s.lowerIn(r.end() + 1, WHOLES)) {
        return false; // "seperlima dari total mangrove dunia": a part of a whole ("separuh dari luas tahun lalu" compares)
      }
      // "ia satu dari empat saksi", "merupakan satu dari": one of them, no figure (the four counts)
      boolean oneOf = outOf && n.value().compareTo(java.math.BigDecimal.ONE) == 0 && ONE_OF.contains(s.lower(r.start() - 1));
      return !n.approx() && (!outOf || oneOf);
    }
    return n.plain() && s.atom(r.start()).length() >= 4;
  }

  /**
   * Whether a bare count of plain digits without object follows a lower-case word the lexicon does
   * not know, as model names are written in chat and forums ("honda adv 160", "iphone 16", "ios
   * 26"): a name, not a count. A known word before it ("sekarang bisa 300") leaves the count.
   */
  private static boolean afterUnknownWord(Scan s, Reading r) {
    NumberReader.Num n = s.num(r.start());
    Atom prev = s.atomOrNull(r.start() - 1);
    if (n == null || !n.plain() || prev == null || !prev.isWord() || prev.length() < 2 || prev.hasUpperCase()) {
      return false;
    }
    return !Lemmatizer.standard().analyze(prev.lower()).known();
  }

  /**
   * Whether atom {@code i} says that an age follows ("berusia 19", "umur 60 ke atas", "usianya 45"),
   * also after whose age it is ("umur saya 45", "usia beliau 70"): a number of years.
   */
  private static boolean isAge(Scan s, int i) {
    if (s.lowerIn(i, AGE_OWNERS)) {
      i--;
    }
    return s.lowerIs(i, "berusia") || s.lowerIs(i, "berumur") || s.lowerIs(i, "usia") || s.lowerIs(i, "umur")
        || s.lowerIs(i, "usianya") || s.lowerIs(i, "umurnya");
  }


  /** A bare count read as that many years: "pelaku berusia 19 itu" is the duration P19Y. */
  private static Reading inYears(Reading r) {
    if (r.range() != null) {
      return new Reading(FigureType.DURATION, r.start(), r.end(), null, r.range(), null, "yr", r.qualifier());
    }
    return Reading.ofIso(FigureType.DURATION, r.start(), r.end(), "P" + DurationRules.plain(r.value()) + "Y", "yr",
        r.qualifier());
  }

  /** Whether atom {@code i}, a decade in two digits ("80-an"), comes right after an opening apostrophe. */
  private static boolean isApostropheDecade(Scan s, int i) {
    Atom a = s.atom(i);
    Atom b = s.atomOrNull(i - 1);
    return b != null && !a.spaceBefore && (b.textIs("'") || b.textIs("\u2019")) && a.length() >= 2
        && a.charAt(0) >= '2' && a.charAt(0) <= '9' && a.charAt(1) == '0' && (a.length() == 2 || a.charAt(2) == '-');
  }

  private Figure figure(Scan s, Reading r, int limit, LocalDate ref, Reading next, int nextLimit) {
    String object = null;
    int objectStart = -1;
    int objectEnd = -1;
    if (r.type() == FigureType.COUNT || r.type() == FigureType.QUANTITY && !QuantityRules.MAGNITUDE.equals(r.unit())) {
      int[] o = ObjectFinder.find(lx, s, r.end(), limit);
      if (o != null && r.type() == FigureType.COUNT && r.unit() == null && isAge(s, r.start() - 1)
          && s.lowerIs(o[0], "asal")) {
        o = null; // "pendaki berusia 24 asal Bekasi": an age, then where the climber is from
      }
      if (o == null) {
        o = ObjectFinder.shared(lx, s, r, next, nextLimit);
      }
      if (o != null) {
        objectStart = s.atom(o[0]).start;
        objectEnd = s.atom(o[1] - 1).end;
        object = s.text().substring(objectStart, objectEnd);
        r = Rates.afterObject(lx, s, r, o[1], limit);
      } else if (r.type() == FigureType.COUNT && r.unit() == null && isAge(s, r.start() - 1)) {
        r = inYears(r);
      } else if (r.type() == FigureType.COUNT && r.unit() == null && r.end() - r.start() == 1
          && (isBareCode(s, r) || afterUnknownWord(s, r))) {
        return null;
      }
    }
    String iso = r.iso();
    String unit = r.unit();
    if (r.type() == FigureType.DATE) {
      if (ref != null && iso != null) {
        iso = DateResolver.resolve(iso, unit, ref);
      }
      unit = null;
    }
    int start = s.atom(r.start()).start;
    if (r.type() == FigureType.DATE && r.iso() != null && r.iso().endsWith("X") && isApostropheDecade(s, r.start())) {
      start = s.atom(r.start() - 1).start; // "era '80-an": the apostrophe stands for the 19
    }
    int end = s.atom(r.end() - 1).end;
    return new Figure(r.type(), s.text().substring(start, end), start, end,
        r.value(), r.range(), iso, unit, r.qualifier(), object, objectStart, objectEnd);
  }
}
