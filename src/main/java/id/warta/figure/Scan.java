package id.warta.figure;

import id.warta.text.Token;
import id.warta.text.TokenKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence prepared for the rules: its atoms and, once {@link NumberReader} has run, the number
 * that starts at each atom. Per-call state: not thread-safe, never shared.
 */
final class Scan {
  private static final Pattern GLUED = Pattern.compile("(\\d(?:[\\d.,]*\\d)?)(\\S+)");
  private static final Pattern ROMAN_PERIOD = Pattern.compile("(?:I{1,3}|IV)\\.");
  private static final Pattern WORD_DASH_NUMBER = Pattern.compile("(\\p{L}+)-(\\d{1,4})");
  private static final Pattern PERIOD_YEAR = Pattern.compile("(I{1,3}|IV)([/-])((?:19|20)\\d\\d)");

  private final String text;
  private final Atom[] atoms;
  private final int size;
  private final NumberReader.Num[] nums;
  private final boolean startsSentence;
  /** The atoms that may start a number or a rule, in order (a superset: the rest cannot). */
  private final int[] candidates;
  private final int candidateCount;

  private Scan(String text, Atom[] atoms, int size, int[] candidates, int count, boolean startsSentence) {
    this.text = text;
    this.atoms = atoms;
    this.size = size;
    this.candidates = candidates;
    this.candidateCount = count;
    this.nums = new NumberReader.Num[size];
    this.startsSentence = startsSentence;
  }

  /**
   * The atoms of tokens {@code [from, to)} of a sentence of {@code text}. {@code cand} flags, by
   * token index, the tokens that may start a number or a rule; atoms split from a token are all
   * candidates.
   */
  static Scan of(String text, List<Token> tokens, boolean[] cand, int from, int to, Lexicon lx) {
    // a token makes at most three atoms
    Atom[] atoms = new Atom[3 * (to - from)];
    int na = 0;
    int[] cs = new int[3 * (to - from)];
    int nc = 0;
    int prevEnd = from > 0 ? tokens.get(from - 1).end() : -1;
    for (int ti = from; ti < to; ti++) {
      Token t = tokens.get(ti);
      boolean space = t.start() != prevEnd;
      prevEnd = t.end();
      String s = t.text();
      int first = na;
      if (t.kind() == TokenKind.ALPHANUMERIC && s.length() > 1) {
        char c0 = s.charAt(0);
        if (c0 >= '0' && c0 <= '9') {
          Matcher m = GLUED.matcher(s);
          if (m.matches() && (m.group(2).equals("-an") || lx.isGluedSuffix(m.group(2)))) {
            atoms[na++] = new Atom(m.group(1), t.start(), TokenKind.NUMBER, space);
            atoms[na++] = new Atom(m.group(2), t.start() + m.end(1), TokenKind.WORD, false);
            nc = addCandidates(cs, nc, first, na);
            continue;
          }
        } else if (Character.isUpperCase(c0)) {
          Matcher m = WORD_DASH_NUMBER.matcher(s);
          if (m.matches() && lx.months.containsKey(m.group(1))) {
            // a month glued to the next day: "1 Januari-31 Maret"
            int st = t.start();
            atoms[na++] = new Atom(m.group(1), st, TokenKind.WORD, space);
            atoms[na++] = new Atom("-", st + m.end(1), TokenKind.PUNCTUATION, false);
            atoms[na++] = new Atom(m.group(2), st + m.start(2), TokenKind.NUMBER, false);
            nc = addCandidates(cs, nc, first, na);
            continue;
          }
        }
        if (c0 == 'I') {
          Matcher m = PERIOD_YEAR.matcher(s);
          if (m.matches()) {
            int st = t.start();
            atoms[na++] = new Atom(m.group(1), st, TokenKind.WORD, space);
            atoms[na++] = new Atom(m.group(2), st + m.end(1), TokenKind.PUNCTUATION, false);
            atoms[na++] = new Atom(m.group(3), st + m.start(3), TokenKind.NUMBER, false);
            nc = addCandidates(cs, nc, first, na);
            continue;
          }
        }
      }
      if (t.kind() == TokenKind.ABBREVIATION && s.length() > 1 && s.endsWith(".") && !lx.isGluedSuffix(s)
          && (lx.isGluedSuffix(s.substring(0, s.length() - 1)) || ROMAN_PERIOD.matcher(s).matches())) {
        // a unit or a roman numeral at the end of a sentence: "201 hp.", "semester I."
        atoms[na++] = new Atom(s.substring(0, s.length() - 1), t.start(), TokenKind.WORD, space);
        atoms[na++] = new Atom(".", t.end() - 1, TokenKind.PUNCTUATION, false);
        nc = addCandidates(cs, nc, first, na);
        continue;
      }
      if (cand[ti]) {
        cs[nc++] = first;
      }
      atoms[na++] = new Atom(s, t.start(), t.kind(), space);
    }
    return new Scan(text, atoms, na, cs, nc, from == 0);
  }

  private static int addCandidates(int[] cs, int nc, int from, int to) {
    for (int a = from; a < to; a++) {
      cs[nc++] = a;
    }
    return nc;
  }

  /** The atoms that may start a number or a rule, ascending, in the first {@link #candidateCount()} entries. Callers must not change the array. */
  int[] candidates() {
    return candidates;
  }

  int candidateCount() {
    return candidateCount;
  }

  private final id.warta.figure.Pattern.Match[] matches = new id.warta.figure.Pattern.Match[8];

  /** A match object for patterns of {@code size} elements, reused across attempts on this scan. */
  id.warta.figure.Pattern.Match reusableMatch(int size) {
    if (size >= matches.length) {
      return new id.warta.figure.Pattern.Match(this, size);
    }
    id.warta.figure.Pattern.Match m = matches[size];
    if (m == null) {
      m = new id.warta.figure.Pattern.Match(this, size);
      matches[size] = m;
    }
    return m;
  }

  /** Whether atom {@code i} opens a sentence or a clause after punctuation. */
  boolean opensSentence(int i) {
    if (i <= 0) {
      return startsSentence;
    }
    return atoms[i - 1].isPunctuation();
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  Atom atom(int i) {
    if (i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return atoms[i];
  }

  /** The atom at {@code i}, or null outside the sentence. */
  Atom atomOrNull(int i) {
    return i >= 0 && i < size ? atoms[i] : null;
  }

  /** The lowercased text of atom {@code i}, or "" outside the sentence. */
  String lower(int i) {
    return i >= 0 && i < size ? atoms[i].lower() : "";
  }

  NumberReader.Num num(int i) {
    return i >= 0 && i < nums.length ? nums[i] : null;
  }

  void setNum(int i, NumberReader.Num n) {
    nums[i] = n;
  }

  /** The original text from atom {@code from} to atom {@code to} (exclusive). */
  String slice(int from, int to) {
    return text.substring(atom(from).start, atom(to - 1).end);
  }
}
