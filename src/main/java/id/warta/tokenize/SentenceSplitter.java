package id.warta.tokenize;

import id.warta.internal.DataFiles;
import id.warta.internal.SentenceList;
import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Groups tokens into sentences. A sentence ends at {@code . ! ? …} (with any closing quotes or
 * brackets glued to it) when what follows can start a sentence; never after an abbreviation, an
 * initial or a number-internal dot (those periods are inside their tokens), except after
 * abbreviations that usually close a sentence ({@code dll.}, {@code Tbk.}, {@code S.Kom.}) before a
 * capitalized word. A blank line always ends a sentence, and so does a line break after a
 * headline-like line.
 *
 * <p>A closing abbreviation written like initials, capital letters each with a period ({@code S.H.},
 * {@code M.H.}, {@code S.E.}, {@code A.S.}), is also a run of initials before a name ({@code Jl.
 * M.H. Thamrin}, {@code Kepala dinas M.H. Lubis}, {@code Presiden A.S. Joe Biden}). A degree after a
 * name is set off by a comma or follows another degree ({@code Andi Wijaya, S.H., M.H.}); initials
 * before a name are not. So such an abbreviation ends a sentence before a capitalized word only
 * when it follows a comma or another closing abbreviation ({@code ..., S.H. Ia menambahkan}, {@code
 * S.T. M.T. Keduanya}), or when that word is a function word no name is ({@code sentence-openers.txt}:
 * {@code ... Sari Dewi S.H. Ia dibantu}, {@code ... di A.S. Mereka}). Not caught: a list of names
 * whose next name begins with such initials ({@code Andi, M.H. Lubis}) still splits. The rule holds
 * whether the tokenizer keeps the periods ({@code M.H.}) or splits them off ({@code M . H .}).
 *
 * <p>Immutable and thread-safe.
 */
public final class SentenceSplitter {
  /** Function words that open sentences and are never names, lowercase. */
  private static final Set<String> OPENERS = Set.copyOf(DataFiles.lines(SentenceSplitter.class, "sentence-openers.txt"));

  private static final class Bundled {
    static final SentenceSplitter INSTANCE = new SentenceSplitter(Abbreviations.bundled());
  }

  private final Abbreviations abbreviations;

  /** A splitter that consults {@code abbreviations} for abbreviations that may close a sentence. */
  public SentenceSplitter(Abbreviations abbreviations) {
    this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
  }

  /** The splitter with the bundled abbreviation list (shared instance). */
  public static SentenceSplitter standard() {
    return Bundled.INSTANCE;
  }

  /**
   * Splits {@code tokens}, which were made from {@code text}, into sentences.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the tokens are not spans of {@code text} in order, without overlaps
   */
  public List<Sentence> split(String text, List<Token> tokens) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tokens, "tokens");
    int previousEnd = 0;
    for (Token t : tokens) {
      if (t.start() < previousEnd) {
        throw new IllegalArgumentException("token '" + t.text() + "' at " + t.start() + " overlaps or precedes the token before it");
      }
      if (t.end() > text.length()) {
        throw new IllegalArgumentException("token '" + t.text() + "' at " + t.start() + " ends beyond the text of " + text.length() + " chars");
      }
      if (!text.startsWith(t.text(), t.start())) {
        throw new IllegalArgumentException("token '" + t.text() + "' at " + t.start() + " does not match the text there");
      }
      previousEnd = t.end();
    }
    return split(text, tokens, null);
  }

  /** The sentences of tokens the tokenizer also wrote to columns, in a list that carries the columns. */
  List<Sentence> split(String text, IndonesianTokenizer.Columns columns) {
    int[][] firsts = new int[1][];
    List<Sentence> out = split(text, columns.tokens, firsts);
    return new SentenceList(out, firsts[0], columns.starts, columns.ends, columns.kinds);
  }

  /** The sentences; when {@code firsts} is not null, its entry becomes the first token index of each sentence and the token count. */
  private List<Sentence> split(String text, List<Token> tokens, int[][] firsts) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tokens, "tokens");
    int[] first0 = firsts == null ? null : new int[64];
    List<Sentence> out = new ArrayList<>();
    int n = tokens.size();
    int first = 0;
    int k = 0;
    while (k < n) {
      int last = k;
      boolean end = false;
      Token t = tokens.get(k);
      if (isTerminal(t) && !abbreviationPeriod(tokens, first, k)) {
        int m = k + 1;
        while (m < n) {
          Token u = tokens.get(m);
          boolean glued = u.start() == tokens.get(m - 1).end();
          if (glued && (isTerminal(u) || isCloser(u))) {
            m++;
          } else {
            break;
          }
        }
        last = m - 1;
        end = m == n || canStart(tokens.get(m), t) && !closesSoon(tokens, first, last, m);
      } else if (t.kind() == TokenKind.ABBREVIATION && k + 1 < n
          && abbreviations.lookup(t.text()) == Abbreviations.Kind.FINAL) {
        Token u = tokens.get(k + 1);
        end = u.start() > t.end() && startsUpper(u) && u.kind() == TokenKind.WORD && mayClose(tokens, first, k, k + 1);
      }
      if (!end && last + 1 < n) {
        end = lineBreakEnds(text, tokens, last);
      }
      if (end || last + 1 == n) {
        if (first0 != null) {
          if (out.size() + 1 >= first0.length) {
            first0 = java.util.Arrays.copyOf(first0, first0.length * 2);
          }
          first0[out.size()] = first;
        }
        out.add(Sentence.of(text, tokens.subList(first, last + 1)));
        first = last + 1;
      }
      k = last + 1;
    }
    if (first0 != null) {
      first0[out.size()] = n;
      firsts[0] = first0;
    }
    return out;
  }

  /**
   * Whether the period at {@code k} belongs to the word before it, an abbreviation or initial that
   * was tokenized apart (UD GSD style, {@code Dr} {@code .}, {@code M} {@code .} {@code H} {@code .})
   * and does not close sentences; {@code first} is the first token of the current sentence.
   */
  private boolean abbreviationPeriod(List<Token> tokens, int first, int k) {
    if (k == 0 || !tokens.get(k).text().equals(".")) {
      return false;
    }
    Token p = tokens.get(k - 1);
    if (p.end() != tokens.get(k).start() || p.kind() != TokenKind.WORD) {
      return false;
    }
    int s = dottedStart(tokens, k);
    if (s < k - 1) {
      // a dotted abbreviation split at its periods: S . H ., Ph . D ., K . H .
      String whole = joined(tokens, s, k);
      Abbreviations.Kind kind = abbreviations.lookup(whole);
      if (kind == Abbreviations.Kind.FINAL) {
        // as when the periods are kept: not before another abbreviation or initial (S . T . M . T .)
        return !mayClose(tokens, first, s, k + 1) || k + 2 < tokens.size() && tokens.get(k + 2).text().equals(".")
            && gluedWordBefore(tokens, k + 2);
      }
      if (kind != null || isInitials(whole)) {
        return true;
      }
    }
    String w = p.text();
    if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
      // an initial stands apart: the C of "35°C." is glued to the degree sign and ends the sentence
      return k < 2 || tokens.get(k - 2).end() != p.start();
    }
    Abbreviations.Kind kind = abbreviations.lookup(w + ".");
    return kind == Abbreviations.Kind.TITLE || kind == Abbreviations.Kind.PLAIN;
  }

  /**
   * Whether the closing abbreviation {@code tokens[s..next)} (one token, or a word and period tokens)
   * may end a sentence before {@code tokens[next]}: always, unless it is written like initials; then
   * only after a comma or another closing abbreviation, or before a function word (see the class
   * comment).
   */
  private boolean mayClose(List<Token> tokens, int first, int s, int next) {
    if (!isInitials(joined(tokens, s, next - 1))) {
      return true;
    }
    if (s > first) {
      Token b = tokens.get(s - 1);
      if (b.text().equals(",")) {
        return true;
      }
      String before = b.text().equals(".") ? joined(tokens, dottedStart(tokens, s - 1), s - 1) : b.text();
      if (b.end() < tokens.get(s).start() && abbreviations.lookup(before) == Abbreviations.Kind.FINAL) {
        return true;
      }
    }
    if (next >= tokens.size()) {
      return true;
    }
    Token u = tokens.get(next);
    return u.kind() == TokenKind.WORD && OPENERS.contains(u.text().toLowerCase(Locale.ROOT));
  }

  /**
   * The first token of the run {@code word . word . ...} written without spaces that ends with the
   * period at {@code k}; {@code k} when no word is glued before it.
   */
  private static int dottedStart(List<Token> tokens, int k) {
    int s = k;
    while (s > 0 && gluedWordBefore(tokens, s)) {
      int w = s - 1;
      if (w >= 2 && tokens.get(w - 1).text().equals(".") && tokens.get(w - 1).end() == tokens.get(w).start()
          && gluedWordBefore(tokens, w - 1)) {
        s = w - 1;
      } else {
        return w;
      }
    }
    return s;
  }

  private static boolean gluedWordBefore(List<Token> tokens, int i) {
    Token w = tokens.get(i - 1);
    return w.kind() == TokenKind.WORD && w.end() == tokens.get(i).start();
  }

  /** The text of the glued tokens {@code tokens[from..to]}. */
  private static String joined(List<Token> tokens, int from, int to) {
    if (from == to) {
      return tokens.get(from).text();
    }
    StringBuilder b = new StringBuilder();
    for (int i = from; i <= to; i++) {
      b.append(tokens.get(i).text());
    }
    return b.toString();
  }

  /** Whether {@code s} is two or more capital letters each followed by a period ({@code M.H.}, {@code A.S.}). */
  private static boolean isInitials(String s) {
    if (s.length() < 4 || s.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i += 2) {
      if (!Character.isUpperCase(s.charAt(i)) || s.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isTerminal(Token t) {
    if (t.kind() != TokenKind.PUNCTUATION) {
      return false;
    }
    String s = t.text();
    if (s.length() != 1) {
      return false;
    }
    char c = s.charAt(0);
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u203C' || c == '\u2047' || c == '\u2048' || c == '\u2049'
        || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\u061F' || c == '\u0964';
  }

  private static boolean isCloser(Token t) {
    if (t.kind() != TokenKind.PUNCTUATION) {
      return false;
    }
    String s = t.text();
    if (s.equals("''")) {
      return true;
    }
    if (s.length() != 1) {
      return false;
    }
    int type = Character.getType(s.charAt(0));
    return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || s.equals("\"") || s.equals("'") || s.equals("\u2019") || s.equals("\u00BB");
  }

  private static boolean startsUpper(Token t) {
    return Character.isUpperCase(t.text().codePointAt(0));
  }

  /** Whether {@code next} can begin a sentence after the terminal mark {@code terminal}. */
  private static boolean canStart(Token next, Token terminal) {
    int c = next.text().codePointAt(0);
    switch (next.kind()) {
      case WORD:
      case ABBREVIATION:
      case ALPHANUMERIC:
        return Character.isUpperCase(c) || Character.isTitleCase(c) || !Character.isLowerCase(c);
      case NUMBER:
      case CURRENCY:
      case URL:
      case HASHTAG:
      case MENTION:
      case EMOJI:
      case EMAIL:
        return true;
      case PUNCTUATION:
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
            || c == '"' || c == '\'' || c == '`' || c == '\u2022';
      default:
        return false;
    }
  }

  private static final int BRACKET_LOOKAHEAD = 8;

  /**
   * Whether the period at {@code last} sits inside a bracket opened in this sentence that closes
   * within a few tokens, as in {@code (SSK. II)}: then it is not a sentence end.
   */
  private static boolean closesSoon(List<Token> tokens, int first, int last, int next) {
    int depth = 0;
    for (int i = first; i <= last; i++) {
      String s = tokens.get(i).text();
      if (s.equals("(") || s.equals("[")) {
        depth++;
      } else if ((s.equals(")") || s.equals("]")) && depth > 0) {
        depth--;
      }
    }
    if (depth == 0) {
      return false;
    }
    for (int i = next; i < tokens.size() && i < next + BRACKET_LOOKAHEAD; i++) {
      Token u = tokens.get(i);
      if (u.text().equals(")") || u.text().equals("]")) {
        return true;
      }
      if (isTerminal(u) || u.text().equals("(")) {
        return false;
      }
    }
    return false;
  }

  /** Whether the line break after token {@code last} (if any) ends the sentence. */
  private static boolean lineBreakEnds(String text, List<Token> tokens, int last) {
    Token t = tokens.get(last);
    Token u = tokens.get(last + 1);
    int breaks = 0;
    for (int i = t.end(); i < u.start(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        breaks++;
      } else if (c == '\r' && (i + 1 >= u.start() || text.charAt(i + 1) != '\n')) {
        breaks++;
      }
    }
    if (breaks == 0) {
      return false;
    }
    if (breaks >= 2) {
      return true;
    }
    return headlineLike(text, tokens, last) && (canStart(u, t) || u.kind() == TokenKind.WORD && startsUpper(u));
  }

  /** Whether the line that ends with token {@code last} looks like a headline, title or list item. */
  private static boolean headlineLike(String text, List<Token> tokens, int last) {
    Token t = tokens.get(last);
    String s = t.text();
    if (s.equals(",") || s.equals(";") || s.equals("-") || s.equals("(")) {
      return false;
    }
    if (s.equals(":")) {
      return true;
    }
    int firstOnLine = last;
    while (firstOnLine > 0) {
      Token p = tokens.get(firstOnLine - 1);
      boolean br = false;
      for (int i = p.end(); i < tokens.get(firstOnLine).start() && !br; i++) {
        char c = text.charAt(i);
        br = c == '\n' || c == '\r';
      }
      if (br) {
        break;
      }
      firstOnLine--;
    }
    int words = 0;
    int upper = 0;
    for (int i = firstOnLine; i <= last; i++) {
      Token w = tokens.get(i);
      if (w.kind() == TokenKind.WORD || w.kind() == TokenKind.ALPHANUMERIC || w.kind() == TokenKind.ABBREVIATION) {
        words++;
        if (!Character.isLowerCase(w.text().codePointAt(0))) {
          upper++;
        }
      }
    }
    boolean endsLower = (t.kind() == TokenKind.WORD) && Character.isLowerCase(s.codePointAt(0));
    if (endsLower && words > 3) {
      return false;
    }
    return last - firstOnLine + 1 <= 6 || upper * 2 >= words;
  }
}
