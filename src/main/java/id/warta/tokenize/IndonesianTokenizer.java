package id.warta.tokenize;

import id.warta.internal.DataFiles;
import id.warta.text.Token;
import id.warta.text.TokenKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A fast rule-based tokenizer for Indonesian, following the Universal Dependencies Indonesian
 * conventions: numbers with thousands dots and decimal commas stay whole ({@code 1.234.567,89}),
 * currency and percent signs split off ({@code Rp30} → {@code Rp 30}), reduplications and hyphenated
 * compounds are one token ({@code perusahaan-perusahaan}, {@code COVID-19}, {@code ke-3}) while
 * ranges and name pairs split at the hyphen ({@code 30-35}, {@code Januari-Oktober}), abbreviations
 * keep their period ({@code Jl.}, {@code S.H.}), and URLs, e-mail addresses, hashtags, mentions and
 * emoji are single tokens.
 *
 * <p>Every character that is not a space (see {@link #isSpace(int)}) ends up in exactly one token;
 * token offsets are {@code String} indices into the unmodified input. Time is linear in the input.
 *
 * <p>Immutable and thread-safe: all per-call state lives in a per-call scanner.
 */
public final class IndonesianTokenizer {

  /** Receives tokens as offsets, without allocating {@link Token} objects. */
  @FunctionalInterface
  public interface Sink {
    /** A token {@code [start, end)} of the given kind. */
    void token(int start, int end, TokenKind kind);
  }

  private static final class Bundled {
    static final IndonesianTokenizer INSTANCE = new IndonesianTokenizer(Abbreviations.bundled());
  }

  private static final Set<String> SLASH_UNITS = Set.copyOf(DataFiles.lines(IndonesianTokenizer.class, "slash-units.txt"));
  private static final Set<String> CURRENCY_PREFIXES = Set.copyOf(DataFiles.lines(IndonesianTokenizer.class, "currency-prefixes.txt"));
  private static final Set<String> TLDS = Set.of(
      "com", "net", "org", "id", "co", "io", "info", "biz", "me", "tv", "news", "ac", "go", "or", "sch",
      "web", "my", "sg", "ai", "app", "dev", "gov", "edu", "uk", "jp", "cn", "asia", "xyz", "site", "online");
  private static final Set<String> CLITICS = Set.of("nya", "ku", "mu", "lah", "kah", "pun");
  private static final int MAX_DOTTED_SEGMENTS = 5;

  /**
   * Where the period of an abbreviation or initial goes. The UD Indonesian treebanks disagree: CSUI
   * and PUD keep it on the abbreviation ({@code No.}, {@code Tn.}, {@code Miranda S. Goeltom}), GSD
   * splits it off ({@code Dr} {@code .}, {@code No} {@code .}).
   */
  public enum AbbreviationPeriods {
    /** {@code Jl.} is one token (the default, and what Warta's other stages expect). */
    KEEP,
    /** {@code Jl.} is {@code Jl} and {@code .}, as in UD Indonesian GSD. */
    SPLIT
  }

  private static final byte OTHER = 0;
  private static final byte SPACE = 1;
  private static final byte LETTER = 2;
  private static final byte DIGIT = 3;
  /** Character classes of ASCII, for the fast path. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE
          : Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : OTHER;
    }
  }

  private final Abbreviations abbreviations;
  private final AbbreviationPeriods periods;

  /** A tokenizer with the given abbreviation list that keeps abbreviation periods. */
  public IndonesianTokenizer(Abbreviations abbreviations) {
    this(abbreviations, AbbreviationPeriods.KEEP);
  }

  /** A tokenizer with the given abbreviation list and period convention. */
  public IndonesianTokenizer(Abbreviations abbreviations, AbbreviationPeriods periods) {
    this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
    this.periods = Objects.requireNonNull(periods, "periods");
  }

  /** The tokenizer with the bundled abbreviation list (shared instance). */
  public static IndonesianTokenizer standard() {
    return Bundled.INSTANCE;
  }

  /** The abbreviations this tokenizer keeps whole. */
  public Abbreviations abbreviations() {
    return abbreviations;
  }

  /**
   * Splits {@code text} into tokens.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public List<Token> tokenize(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
    tokenize(text, new Collector(text, out, null));
    return out;
  }

  /**
   * The tokens of {@code text}, their offsets and kinds also written to columns as they are made
   * (for {@link Segmenter}, which hands them on in {@link id.warta.internal.SentenceList}).
   */
  Columns tokenizeInColumns(String text) {
    Objects.requireNonNull(text, "text");
    Columns c = new Columns(Math.max(16, text.length() / 5));
    tokenize(text, new Collector(text, c.tokens, c));
    return c;
  }

  /**
   * Makes the {@link Token} objects, and fills columns when there are any. One class for both
   * uses, so the scanner's call to its sink stays monomorphic when both run in one program.
   */
  private static final class Collector implements Sink {
    private final String text;
    private final List<Token> out;
    private final Columns columns;

    Collector(String text, List<Token> out, Columns columns) {
      this.text = text;
      this.out = out;
      this.columns = columns;
    }

    @Override
    public void token(int start, int end, TokenKind kind) {
      String t = text.substring(start, end);
      out.add(Token.of(t, start, kind, normalize(t)));
      if (columns != null) {
        columns.add(start, end, kind);
      }
    }
  }

  /** Tokens and, by token index, their start and end offsets and kind ordinals. Per call. */
  static final class Columns {
    final List<Token> tokens;
    int[] starts;
    int[] ends;
    byte[] kinds;
    int size;

    Columns(int capacity) {
      tokens = new ArrayList<>(capacity);
      starts = new int[capacity];
      ends = new int[capacity];
      kinds = new byte[capacity];
    }

    void add(int start, int end, TokenKind kind) {
      if (size == starts.length) {
        int grown = size * 2;
        starts = java.util.Arrays.copyOf(starts, grown);
        ends = java.util.Arrays.copyOf(ends, grown);
        kinds = java.util.Arrays.copyOf(kinds, grown);
      }
      starts[size] = start;
      ends[size] = end;
      kinds[size] = (byte) kind.ordinal();
      size++;
    }
  }

  /** Streams the tokens of {@code text} to {@code sink}, in order. */
  public void tokenize(String text, Sink sink) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sink, "sink");
    new Scanner(text, sink).run();
  }

  /**
   * Whether the code point separates tokens: Unicode white space and space separators (including
   * no-break spaces), and the invisible zero-width space, joiners and word joiner, and the byte-order
   * mark when they are not part of an emoji sequence.
   */
  public static boolean isSpace(int c) {
    if (c < 128) {
      return c >= 0 && ASCII[c] == SPACE;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x180E;
  }

  /** The normalized spelling of a token: NFC, typographic quotes and hyphens unified. */
  static String normalize(String t) {
    boolean plain = true;
    for (int i = 0; i < t.length() && plain; i++) {
      plain = t.charAt(i) < 0x300;
    }
    if (plain && t.indexOf('\u00AD') < 0) {
      return t;
    }
    String s = t;
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    boolean change = false;
    for (int i = 0; i < s.length() && !change; i++) {
      char c = s.charAt(i);
      change = c == '\u2019' || c == '\u2018' || c == '\u201C' || c == '\u201D' || c == '\u2010' || c == '\u2011' || c == '\u00AD';
    }
    if (!change) {
      return s.equals(t) ? t : s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u2019', '\u2018' -> b.append('\'');
        case '\u201C', '\u201D' -> b.append('"');
        case '\u2010', '\u2011' -> b.append('-');
        case '\u00AD' -> { }
        default -> b.append(c);
      }
    }
    return b.length() == 0 ? s : b.toString();
  }

  static boolean isWordChar(int c) {
    if (c < 128) {
      return c >= 0 && ASCII[c] >= LETTER;
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.OTHER_NUMBER;
  }

  private static boolean isMark(int c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A decimal digit of any script: full-width and Arabic-Indic numbers group like ASCII ones. */
  private static boolean isDecimalDigit(char c) {
    return c < 128 ? isDigit(c) : Character.isDigit(c);
  }

  static boolean isEmojiBase(int c) {
    return (c >= 0x1F000 && c <= 0x1FAFF)
        || (c >= 0x2600 && c <= 0x27BF)
        || (c >= 0x2B00 && c <= 0x2BFF)
        || c == 0x231A || c == 0x231B || c == 0x2328 || c == 0x23CF || (c >= 0x23E9 && c <= 0x23FA)
        || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299;
  }

  private static boolean isEmojiModifier(int c) {
    return c == 0xFE0F || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F) || c == 0x20E3;
  }

  private static boolean isRegionalIndicator(int c) {
    return c >= 0x1F1E6 && c <= 0x1F1FF;
  }

  private static boolean isCurrencySymbol(int c) {
    return Character.getType(c) == Character.CURRENCY_SYMBOL;
  }

  private static boolean isPunctuation(int c) {
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /** Per-call state. */
  private final class Scanner {
    private final String s;
    private final int n;
    private final Sink sink;
    /** Positions before this cannot start an e-mail address (a failed scan already covered them). */
    private int noEmailBefore;
    /** Whether the word being scanned has letters, digits (set by {@link #runEnd}). */
    private boolean sawLetter;
    private boolean sawDigit;

    Scanner(String s, Sink sink) {
      this.s = s;
      this.n = s.length();
      this.sink = sink;
    }

    void run() {
      int i = 0;
      while (i < n) {
        char ch = s.charAt(i);
        if (ch < 128) {
          byte k = ASCII[ch];
          if (k == SPACE) {
            i++;
            continue;
          }
          if (k == LETTER || k == DIGIT && !(i + 1 < n && (s.charAt(i + 1) == '\uFE0F' || s.charAt(i + 1) == '\u20E3'))) {
            i = scanWordish(i);
            continue;
          }
        }
        int c = s.codePointAt(i);
        if (isSpace(c)) {
          i += Character.charCount(c);
          continue;
        }
        int next = scanOne(i, c);
        if (next <= i) {
          throw new IllegalStateException("tokenizer made no progress at " + i);
        }
        i = next;
      }
    }

    private int cpAt(int i) {
      return i < n ? s.codePointAt(i) : -1;
    }

    private int emit(int start, int end, TokenKind kind) {
      sink.token(start, end, kind);
      return end;
    }

    private int scanOne(int i, int c) {
      int next = i + Character.charCount(c);
      int c2 = cpAt(next);
      if ((c2 == 0xFE0F || c2 == 0x20E3) && (isDigit((char) c) || c == '#' || c == '*')) {
        return scanEmoji(i, next);
      }
      if (isWordChar(c)) {
        return scanWordish(i);
      }
      if (isEmojiBase(c) || isRegionalIndicator(c)) {
        return scanEmoji(i, next);
      }
      switch (c) {
        case '#':
          if (c2 >= 0 && (isWordChar(c2) || c2 == '_')) {
            int e = tagEnd(next);
            if (hasLetter(next, e)) {
              return emit(i, e, TokenKind.HASHTAG);
            }
          }
          break;
        case '@':
          if (c2 >= 0 && (isWordChar(c2) || c2 == '_')) {
            int e = tagEnd(next);
            // "@25 kg", "@Rp10.000": "at" a price or amount each, as shops write it, no mention
            if (hasLetter(next, e) && !isPriceAfterAt(next, e)) {
              return emit(i, e, TokenKind.MENTION);
            }
          }
          break;
        case '&': {
          int e = characterReferenceEnd(i);
          if (e > 0) {
            // an HTML character reference left in scraped text ("2,5&nbsp;persen", "&#8211;"): one symbol
            return emit(i, e, TokenKind.SYMBOL);
          }
          break;
        }
        case '-':
          if (c2 == '-') {
            int j = next;
            while (j < n && s.charAt(j) == '-') {
              j++;
            }
            return emit(i, j, TokenKind.PUNCTUATION);
          }
          break;
        case '`':
        case '\'':
          if (c2 == c) {
            return emit(i, i + 2, TokenKind.PUNCTUATION);
          }
          break;
        default:
          break;
      }
      if (isCurrencySymbol(c)) {
        return emit(i, withMarks(next), TokenKind.CURRENCY);
      }
      if ("%\u2030\u2031&#@*\u00A7\u00B6\u2020\u2021".indexOf(c) >= 0) {
        return emit(i, withMarks(next), TokenKind.SYMBOL); // Unicode calls these punctuation; UD tags them SYM
      }
      if (isPunctuation(c)) {
        return emit(i, withMarks(next), TokenKind.PUNCTUATION);
      }
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE || type == Character.FORMAT) {
        return emit(i, withMarks(next), TokenKind.OTHER);
      }
      return emit(i, withMarks(next), TokenKind.SYMBOL);
    }

    /**
     * Where the HTML character reference starting with the {@code &} at {@code i} ends (after its
     * {@code ;}): a name of two to eight ASCII letters ({@code &nbsp;}), decimal digits ({@code
     * &#160;}) or hex digits after {@code x} ({@code &#xA0;}); -1 when none starts there. A reference
     * escaped twice, as scrapers that escape text again write it ({@code &amp;nbsp;}), is one
     * reference too.
     */
    private int characterReferenceEnd(int i) {
      int end = referenceBodyEnd(i + 1);
      if (end == i + 5 && s.regionMatches(true, i + 1, "amp;", 0, 4)) {
        int twice = referenceBodyEnd(end);
        if (twice > 0) {
          return twice;
        }
      }
      return end;
    }

    /** Where the body of a character reference starting at {@code j}, right after its {@code &}, ends (after its {@code ;}), or -1. */
    private int referenceBodyEnd(int j) {
      int max;
      boolean hex = false;
      boolean numeric = j < n && s.charAt(j) == '#';
      if (numeric) {
        j++;
        hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
        if (hex) {
          j++;
        }
        max = 7;
      } else {
        max = 8;
      }
      int from = j;
      while (j < n && j - from < max) {
        char d = s.charAt(j);
        boolean ok = numeric ? d >= '0' && d <= '9' || hex && (d >= 'a' && d <= 'f' || d >= 'A' && d <= 'F')
            : d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z';
        if (!ok) {
          break;
        }
        j++;
      }
      int len = j - from;
      return j < n && s.charAt(j) == ';' && len >= (numeric ? 1 : 2) ? j + 1 : -1;
    }

    /** Whether {@code s[from, to)}, after an "@", is a price in rupiah: "Rp" alone or before a digit. */
    private boolean isPriceAfterAt(int from, int to) {
      return to - from >= 2 && (s.charAt(from) == 'R' || s.charAt(from) == 'r') && s.charAt(from + 1) == 'p'
          && (to - from == 2 || s.charAt(from + 2) >= '0' && s.charAt(from + 2) <= '9');
    }

    private boolean hasLetter(int from, int to) {
      for (int k = from; k < to; k++) {
        if (Character.isLetter(s.charAt(k))) {
          return true;
        }
      }
      return false;
    }

    private int withMarks(int j) {
      while (j < n) {
        int c = s.codePointAt(j);
        if (isMark(c) || c == 0xFE0F || c == 0xFE0E) {
          j += Character.charCount(c);
        } else {
          break;
        }
      }
      return j;
    }

    private int tagEnd(int j) {
      while (j < n) {
        int c = s.codePointAt(j);
        if (isWordChar(c) || c == '_' || isMark(c)) {
          j += Character.charCount(c);
        } else if (c == '.' && j + 1 < n && isWordChar(s.codePointAt(j + 1)) && s.charAt(j - 1) != '#') {
          j++; // @user.name
        } else {
          break;
        }
      }
      return j;
    }

    private int scanEmoji(int i, int j) {
      int first = s.codePointAt(i);
      if (isRegionalIndicator(first)) {
        int c = cpAt(j);
        if (isRegionalIndicator(c)) {
          j += Character.charCount(c);
        }
        return emit(i, j, TokenKind.EMOJI);
      }
      while (true) {
        int c;
        while ((c = cpAt(j)) >= 0 && isEmojiModifier(c)) {
          j += Character.charCount(c);
        }
        if (c == 0x200D && j + 1 < n && isEmojiBase(s.codePointAt(j + 1))) {
          j += 1 + Character.charCount(s.codePointAt(j + 1));
          continue;
        }
        return emit(i, j, TokenKind.EMOJI);
      }
    }

    /** End of a run of letters, digits and marks starting at {@code j}. */
    private int runEnd(int j) {
      while (j < n) {
        char ch = s.charAt(j);
        if (ch < 128) {
          byte k = ASCII[ch];
          if (k == LETTER) {
            sawLetter = true;
            j++;
            continue;
          }
          if (k == DIGIT) {
            sawDigit = true;
            j++;
            continue;
          }
          break;
        }
        int c = s.codePointAt(j);
        if (isWordChar(c) || isMark(c)) {
          if (Character.isLetter(c)) {
            sawLetter = true;
          } else if (!isMark(c)) {
            sawDigit = true;
          }
          j += Character.charCount(c);
        } else if (c == 0x00AD && j + 1 < n && Character.isLetter(s.codePointAt(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      return j;
    }

    private boolean startsWithIgnoreCase(int i, String prefix) {
      return s.regionMatches(true, i, prefix, 0, prefix.length());
    }

    private int scanWordish(int i) {
      char f = (char) (s.charAt(i) | 0x20);
      if ((f == 'h' || f == 'w')
          && (startsWithIgnoreCase(i, "http://") || startsWithIgnoreCase(i, "https://") || startsWithIgnoreCase(i, "www."))) {
        return emit(i, urlEnd(i), TokenKind.URL);
      }
      sawLetter = false;
      sawDigit = false;
      int j = runEnd(i);
      if (j < n && i >= noEmailBefore) {
        char c = s.charAt(j);
        if (c == '@' || c == '.' || c == '_' || c == '-' || c == '+') {
          int e = emailEnd(i);
          if (e > 0) {
            return emit(i, e, TokenKind.EMAIL);
          }
        }
      }
      int cur = currencyPrefix(i, j);
      if (cur > 0) {
        return emit(i, cur, TokenKind.CURRENCY);
      }
      int segStart = i;
      while (j < n) {
        char c = s.charAt(j);
        if ((c == '.' || c == ',' || c == ':') && j + 1 < n && isDecimalDigit(s.charAt(j + 1)) && isDecimalDigit(s.charAt(j - 1))) {
          j = runEnd(j + 1);
          continue;
        }
        boolean letter = sawLetter;
        boolean digit = sawDigit;
        if (isHyphen(c) && j + 1 < n && isWordChar(s.codePointAt(j + 1))) {
          int k = runEnd(j + 1);
          if (splitAtHyphen(segStart, j, j + 1, k)) {
            sawLetter = letter; // the right part is not this token's
            sawDigit = digit;
            break;
          }
          segStart = j + 1;
          j = k;
          continue;
        }
        if ((c == '\'' || c == '\u2019') && j + 1 < n && Character.isLetter(s.charAt(j + 1)) && Character.isLetter(s.charAt(j - 1))) {
          j = runEnd(j + 1);
          continue;
        }
        if (c == '&' && j + 1 < n && Character.isUpperCase(s.charAt(j + 1)) && Character.isUpperCase(s.charAt(j - 1))) {
          int k = runEnd(j + 1);
          if (k - (j + 1) <= 3 && j - segStart <= 3) {
            segStart = j + 1;
            j = k;
            continue;
          }
          sawLetter = letter;
          sawDigit = digit;
          break;
        }
        if (c == '/' && j + 1 < n && isWordChar(s.codePointAt(j + 1))) {
          int k = runEnd(j + 1);
          if (joinAtSlash(segStart, j, k)) {
            segStart = j + 1;
            j = k;
            continue;
          }
          sawLetter = letter;
          sawDigit = digit;
        }
        break;
      }
      if (j < n && s.charAt(j) == '.') {
        int end = periodEnd(i, j);
        if (end < 0) {
          return emit(i, urlEnd(i), TokenKind.URL);
        }
        if (end > j) {
          return emit(i, end, TokenKind.ABBREVIATION);
        }
      }
      return emit(i, j, sawDigit ? (sawLetter ? TokenKind.ALPHANUMERIC : TokenKind.NUMBER) : TokenKind.WORD);
    }

    /**
     * Where a token ending at {@code j}, before a period, really ends: after the period for an
     * abbreviation or initial, {@code j} otherwise; {@code -1} when the token starts a domain name.
     */
    private int periodEnd(int i, int j) {
      // a domain name such as kompas.com, liputan6.com or warta.co.id
      int k = j + 1;
      int labelEnd = k;
      while (labelEnd < n && Character.isLetter(s.charAt(labelEnd)) && labelEnd - k <= 6) {
        labelEnd++;
      }
      if (labelEnd > k && (labelEnd == n || !isWordChar(s.codePointAt(labelEnd)))
          && TLDS.contains(s.substring(k, labelEnd).toLowerCase(Locale.ROOT))) {
        return -1;
      }
      for (int m = i; m < j; m++) {
        if (!Character.isLetter(s.charAt(m))) {
          return j;
        }
      }
      if (periods == AbbreviationPeriods.SPLIT) {
        return j;
      }
      int dotted = dottedAbbreviation(i, j);
      if (dotted > 0) {
        return dotted;
      }
      if (abbreviations.lookup(s, i, j + 1) != null) {
        return j + 1;
      }
      if (j - i == 1 && Character.isUpperCase(s.charAt(i)) && !afterDegreeOrDigit(i)) {
        return j + 1; // an initial: M. Rizal (but not the C of "35°C." nor the letter of "5A.")
      }
      return j;
    }

    /** Whether the character before {@code i} is a degree sign or a digit, which no initial is glued to. */
    private boolean afterDegreeOrDigit(int i) {
      if (i == 0) {
        return false;
      }
      char c = s.charAt(i - 1);
      return c == '\u00B0' || isDecimalDigit(c);
    }

    /** End of a dotted abbreviation such as S.H., a.n., Ph.D. or S.Kom. that starts at {@code i}, else -1. */
    private int dottedAbbreviation(int i, int j) {
      int segments = 1;
      int longest = j - i;
      int k = j + 1; // after the first period
      while (segments < MAX_DOTTED_SEGMENTS && k < n && Character.isLetter(s.charAt(k))) {
        int e = k;
        while (e < n && Character.isLetter(s.charAt(e)) && e - k <= 4) {
          e++;
        }
        if (e >= n || s.charAt(e) != '.') {
          break;
        }
        segments++;
        longest = Math.max(longest, e - k);
        k = e + 1;
      }
      if (segments < 2) {
        return -1;
      }
      if (abbreviations.lookup(s, i, k) != null || longest <= 2) {
        return k;
      }
      return -1;
    }

    private int urlEnd(int i) {
      int j = i;
      int open = 0;
      while (j < n) {
        int c = s.codePointAt(j);
        if (isSpace(c) || c == '<' || c == '>' || c == '"' || c == '\u201C' || c == '\u201D') {
          break;
        }
        if (c == '(') {
          open++;
        } else if (c == ')') {
          open--;
        }
        j += Character.charCount(c);
      }
      while (j > i + 1) {
        char c = s.charAt(j - 1);
        if (c == ')' && open < 0) {
          open++;
          j--;
        } else if (".,;:!?'\u2019]}".indexOf(c) >= 0) {
          j--;
        } else {
          break;
        }
      }
      return j;
    }

    private int emailEnd(int i) {
      int k = i;
      while (k < n) {
        char c = s.charAt(k);
        if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-') {
          k++;
        } else {
          break;
        }
      }
      if (k >= n || s.charAt(k) != '@' || s.charAt(k - 1) == '.') {
        noEmailBefore = k;
        return -1;
      }
      int d = k + 1;
      int labels = 0;
      int lastLabelStart = -1;
      int end = -1;
      while (d < n) {
        int ls = d;
        while (d < n && (Character.isLetterOrDigit(s.charAt(d)) || s.charAt(d) == '-')) {
          d++;
        }
        if (d == ls) {
          break;
        }
        labels++;
        lastLabelStart = ls;
        end = d;
        if (d + 1 < n && s.charAt(d) == '.' && Character.isLetterOrDigit(s.charAt(d + 1))) {
          d++;
        } else {
          break;
        }
      }
      if (labels < 2 || end - lastLabelStart < 2) {
        return -1;
      }
      return end;
    }

    /** End of a currency sign or code glued before a number ({@code Rp30}, {@code US$5}, {@code Rp.5.000}), else -1. */
    private int currencyPrefix(int i, int j) {
      int k = i;
      while (k < j && k - i <= 3 && Character.isLetter(s.charAt(k))) {
        k++;
      }
      if (k == i || k - i > 3) {
        return -1;
      }
      if (k < j && isDecimalDigit(s.charAt(k)) && CURRENCY_PREFIXES.contains(s.substring(i, k))) {
        return k;
      }
      if (k == j && j + 1 < n && (s.charAt(j) == '.' || s.charAt(j) == '$')) {
        char after = s.charAt(j + 1);
        boolean numberOrSpace = isDecimalDigit(after) || after == ' ';
        if (numberOrSpace && CURRENCY_PREFIXES.contains(s.substring(i, j + 1))) {
          return j + 1;
        }
      }
      return -1;
    }

    private boolean isCapitalized(int from, int to) {
      if (!Character.isUpperCase(s.charAt(from))) {
        return false;
      }
      for (int k = from + 1; k < to; k++) {
        if (Character.isLowerCase(s.charAt(k))) {
          return true;
        }
      }
      return false;
    }

    private boolean allLowerLetters(int from, int to) {
      for (int k = from; k < to; k++) {
        if (!Character.isLowerCase(s.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    private boolean numeric(int from, int to) {
      if (!isDigit(s.charAt(from))) {
        return false;
      }
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (!isDigit(c) && c != '.' && c != ',') {
          return false;
        }
      }
      return true;
    }

    /** Whether {@code left-right} splits into three tokens (a range, a name pair, a clitic after an acronym). */
    private boolean splitAtHyphen(int ls, int le, int rs, int re) {
      if (numeric(ls, le) && numeric(rs, re)) {
        return true; // 30-35, 2013-2014, 9,6-13,8
      }
      if (re - rs == le - ls && s.regionMatches(true, ls, s, rs, re - rs)) {
        return false; // reduplication: Raja-Raja
      }
      boolean clitic = CLITICS.contains(s.substring(rs, re));
      if (clitic) {
        return !allLowerLetters(ls, le); // PPh-nya, APBD-nya; but kopian-ku stays whole
      }
      char r = s.charAt(rs);
      if (isCapitalized(ls, le) && Character.isUpperCase(r)) {
        return true; // Januari-Oktober, Bapepam-LK
      }
      if (le - ls > 1 && allLowerLetters(ls, le) && Character.isUpperCase(r)
          && !CLITICS.contains(s.substring(rs, re).toLowerCase(Locale.ROOT))) {
        return true; // non-Project; but hamba-Ku and e-KTP stay whole
      }
      return false;
    }

    /** Whether {@code left/right} stays one token (km/jam, II/2007, S/A). */
    private boolean joinAtSlash(int ls, int slash, int re) {
      String unit = s.substring(ls, re).toLowerCase(Locale.ROOT);
      if (SLASH_UNITS.contains(unit)) {
        return true;
      }
      if (isRoman(ls, slash) && isDigit(s.charAt(slash + 1))) {
        return true;
      }
      return slash - ls == 1 && re - slash == 2 && Character.isLetter(s.charAt(ls)) && Character.isLetter(s.charAt(slash + 1));
    }

    private boolean isRoman(int from, int to) {
      if (to - from > 4) {
        return false;
      }
      for (int k = from; k < to; k++) {
        if ("IVX".indexOf(s.charAt(k)) < 0) {
          return false;
        }
      }
      return to > from;
    }
  }
}
