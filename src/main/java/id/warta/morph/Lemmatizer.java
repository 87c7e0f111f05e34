package id.warta.morph;

import id.warta.internal.DataFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A dictionary-backed Indonesian lemmatizer: strips clitics, derivational suffixes and up to three
 * prefixes (with nasal assimilation undone), lemmatizes reduplications to their base, and prefers
 * the analysis whose root is in the {@link RootLexicon}, scoring competing ones. Lemmas follow
 * the Universal Dependencies Indonesian conventions: the root for affixed words
 * ({@code mempromosikan} → {@code promosi}), the host for clitic forms ({@code rumahnya} →
 * {@code rumah}), lexicalized forms whole ({@code adalah}, {@code biasanya}, {@code bekerja}).
 *
 * <p>Capitalized and all-capital words are taken for names and keep their form as written, unless
 * their lowercase form is a lexicon entry that may be analyzed (a listed name or a word flagged
 * {@code nostem}/{@code lex} also keeps its written form) or a known word plus enclitics
 * ({@code Apakah}, {@code Namaku}); pass a lowercased word to analyze a sentence-initial common
 * word ({@link LemmaStage} does this). Loanword suffixes {@code -isasi} and {@code -isme} are
 * kept, as UD does, unless {@link Builder#stripLoanwordSuffixes(boolean)} asks for the root
 * ({@code idealisme} → {@code ideal}); agentive {@code -wan}/{@code -wati} are stripped from
 * words the lexicon does not list ({@code kimiawan} → {@code kimia}, {@code wartawan} stays).
 *
 * <p>Immutable and thread-safe; the bounded analysis cache is lock-free.
 */
public final class Lemmatizer {
  /** The default number of cache slots. */
  public static final int DEFAULT_CACHE_SIZE = 1 << 15;

  private static final class Bundled {
    static final Set<String> WHOLE_WORDS = Set.copyOf(DataFiles.lines(Lemmatizer.class, "lexicalized.txt"));
    static final Map<String, String> VARIANTS = pairs("spelling-variants.txt");
    static final Map<String, String> INFIXES = pairs("infixes.txt");
  }

  private static final class Standard {
    static final Lemmatizer INSTANCE = builder().build();
  }

  private final RootLexicon lexicon;
  private final Decomposer decomposer;
  private final LemmaCache cache;
  private final boolean informal;
  private final boolean stripLoanwordSuffixes;

  private Lemmatizer(Builder b) {
    this.lexicon = b.lexicon.build();
    this.informal = b.informal;
    this.stripLoanwordSuffixes = b.stripLoanwordSuffixes;
    this.decomposer = new Decomposer(lexicon, Bundled.WHOLE_WORDS, Bundled.VARIANTS, Bundled.INFIXES, informal);
    this.cache = b.cacheSize > 0 ? new LemmaCache(b.cacheSize) : null;
  }

  /** The lemmatizer with the bundled lexicon, standard mode (shared instance). */
  public static Lemmatizer standard() {
    return Standard.INSTANCE;
  }

  /** A builder starting from the bundled lexicon, standard mode, default cache. */
  public static Builder builder() {
    return new Builder();
  }

  /** The lexicon in use. */
  public RootLexicon lexicon() {
    return lexicon;
  }

  /** Whether informal (Jakarta-style) forms are recognized. */
  public boolean informal() {
    return informal;
  }

  /**
   * The lemma of one word.
   *
   * @throws NullPointerException if {@code word} is null
   */
  public String lemma(String word) {
    return analyze(word).root();
  }

  /**
   * The analysis of one word.
   *
   * @throws NullPointerException if {@code word} is null
   */
  public Analysis analyze(String word) {
    Objects.requireNonNull(word, "word");
    if (cache != null) {
      Analysis a = cache.get(word);
      if (a != null) {
        return a;
      }
      a = compute(word);
      cache.put(word, a);
      return a;
    }
    return compute(word);
  }

  /** The analysis without the cache (for benchmarks and tests). */
  Analysis compute(String word) {
    if (word.length() < 2 || !hasLetter(word)) {
      return Analysis.identity(word, false);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (Character.isUpperCase(word.charAt(0))) {
      LexiconEntry entry = lexicon.find(lower);
      if (entry == null || entry.keepWhole() || isAllCaps(word)) {
        Analysis clitic = lower.indexOf('-') < 0 && !isAllCaps(word) ? core(lower) : null;
        if (clitic != null && isCliticOnKnownHost(clitic)) {
          return withWord(clitic, word);
        }
        return Analysis.identity(word, entry != null);
      }
    }
    Analysis a = lower.indexOf('-') > 0 ? Reduplication.analyze(lower, lexicon, this::core) : core(lower);
    return withWord(a, word);
  }

  private static Analysis withWord(Analysis a, String word) {
    return a.word().equals(word) ? a
        : new Analysis(word, a.root(), a.prefixes(), a.suffixes(), a.clitics(), a.reduplicated(), a.known());
  }

  /** A name-like word that is only a known word plus enclitics ({@code Apakah}, {@code Namaku}) is split as usual. */
  private static boolean isCliticOnKnownHost(Analysis a) {
    return a.known() && !a.clitics().isEmpty() && a.prefixes().isEmpty() && a.suffixes().isEmpty()
        && a.root().length() >= 3 && !a.clitics().get(0).proclitic();
  }

  private Analysis core(String lower) {
    Analysis a = decomposer.analyze(lower);
    return stripLoanwordSuffixes ? LoanwordSuffix.strip(a, lexicon) : LoanwordSuffix.stripAgentiveFromUnknown(a, lexicon);
  }

  /** A bundled {@code word<TAB>lemma} file. */
  static Map<String, String> pairs(String file) {
    return pairs(file, DataFiles.lines(Lemmatizer.class, file));
  }

  static Map<String, String> pairs(String file, List<String> lines) {
    Map<String, String> m = new HashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length != 2 || !RootLexicon.isRootSpelling(f[0]) || !RootLexicon.isRootSpelling(f[1])) {
        throw new IllegalArgumentException(file + ": expected word<TAB>lemma: '" + line + "'");
      }
      m.put(f[0], f[1]);
    }
    return Map.copyOf(m);
  }

  private static boolean isAllCaps(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Configures a {@link Lemmatizer}. Not thread-safe. */
  public static final class Builder {
    private final RootLexicon.Builder lexicon = RootLexicon.builder();
    private boolean informal;
    private boolean stripLoanwordSuffixes;
    private int cacheSize = DEFAULT_CACHE_SIZE;

    private Builder() {}

    /** Adds a user lexicon file (bundled format: {@code root<TAB>POS[<TAB>flags]}). */
    public Builder addLexicon(Path file) {
      lexicon.add(file);
      return this;
    }

    /** Adds a user lexicon stream (bundled format, UTF-8); {@code label} names it in errors. Closes the stream. */
    public Builder addLexicon(java.io.InputStream in, String label) {
      lexicon.add(in, label);
      return this;
    }

    /** Adds roots (part of speech unknown). */
    public Builder addRoots(Iterable<String> roots) {
      for (String r : roots) {
        lexicon.addRoot(r, "");
      }
      return this;
    }

    /** Protects words: they are their own lemma and never analyzed (names, brands, places). */
    public Builder protect(Iterable<String> words) {
      lexicon.protect(words);
      return this;
    }

    /** Protects words: they are their own lemma and never analyzed. */
    public Builder protect(String... words) {
      return protect(List.of(words));
    }

    /** Uses only the given roots, without the bundled lexicon. */
    public Builder withoutBundledLexicon() {
      lexicon.withoutBundled();
      return this;
    }

    /** Recognizes informal Jakarta-style forms ({@code nyoba}, {@code dengerin}, {@code temenan}); default off. */
    public Builder informal(boolean on) {
      this.informal = on;
      return this;
    }

    /** Strips {@code -isasi}, {@code -isme}, {@code -wan}, {@code -wati} to a lexicon root; default off (UD keeps them). */
    public Builder stripLoanwordSuffixes(boolean on) {
      this.stripLoanwordSuffixes = on;
      return this;
    }

    /** The number of cache slots, 0 for no cache (default {@link #DEFAULT_CACHE_SIZE}). */
    public Builder cacheSize(int slots) {
      if (slots < 0) {
        throw new IllegalArgumentException("cache size must be >= 0: " + slots);
      }
      this.cacheSize = slots;
      return this;
    }

    /** The lemmatizer. */
    public Lemmatizer build() {
      return new Lemmatizer(this);
    }
  }
}
