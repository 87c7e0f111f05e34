package id.warta.figure;

import id.warta.text.TokenKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One window of a sentence prepared for the rules: its atoms and, once {@link NumberReader} has run,
 * the number that starts at each atom. One scan serves all windows of a call, one after the other
 * ({@link #load} forgets the previous window and reuses its arrays and atom objects). Per-call
 * state: not thread-safe, never shared.
 */
final class Scan {
  private static final Pattern ROMAN_PERIOD = Pattern.compile("(?:I{1,3}|IV)\\.");
  private static final Pattern WORD_DASH_NUMBER = Pattern.compile("(\\p{L}+)-(\\d{1,4})");
  private static final Pattern PERIOD_YEAR = Pattern.compile("(I{1,3}|IV)([/-])((?:19|20)\\d\\d)");
  /** The rest of "2x24" after the factor: "x" and the number it multiplies. */
  private static final Pattern TIMES = Pattern.compile("[xX\u00d7](\\d{1,3})");

  private static final TokenKind[] KINDS = TokenKind.values();

  private String text;
  /** The atoms, reused from window to window; entries past {@link #size} are stale. */
  private Atom[] atoms = new Atom[64];
  private int size;
  private NumberReader.Num[] nums = new NumberReader.Num[64];
  /** The {@link KeyIndex} mask of each atom, 0 until first asked for. */
  private long[] masks = new long[64];
  /** The {@link KeyIndex} slot of each atom's key, or {@link KeyIndex#NOT_LISTED} or {@link KeyIndex#UNREADABLE}; set with its mask. */
  private int[] slots = new int[64];
  private KeyIndex index;
  private boolean startsSentence;
  private Lexicon lx;
  /** Whether the window is a headline in title case or capitals: 0 unknown, 1 yes, 2 no ({@link #titleCase()}). */
  private byte titleCase;
  private boolean endsSentence;
  /** The offsets and kinds of the tokens of the window's sentence, tokens {@code [sentenceBase, sentenceBase + sentenceSize)}. */
  private int[] sentenceStarts;
  private int[] sentenceEnds;
  private byte[] sentenceKinds;
  private int sentenceBase;
  private int sentenceSize;
  /** The atoms that may start a number or a rule, in order (a superset: the rest cannot). */
  private int[] candidates = new int[64];
  private int candidateCount;

  /** An empty scan; {@link #load} fills it, once per window. */
  Scan() {}

  /**
   * Makes this scan the atoms of tokens {@code [from, to)} of a sentence of {@code text}, forgetting
   * the previous window (its atom objects are reused). The sentence's token {@code i} spans {@code
   * [starts[base + i], ends[base + i])} and has the kind of ordinal {@code kinds[base + i]}. {@code
   * cand} flags, by token index in the sentence, the tokens that may start a number or a rule; atoms
   * split from a token are all candidates. The sentence has {@code sentenceSize} tokens. {@code index}
   * gives the atoms' {@link #mask}s.
   */
  void load(String text, int[] starts, int[] ends, byte[] kinds, int base, boolean[] cand, int from, int to,
      int sentenceSize, Lexicon lx, KeyIndex index) {
    this.text = text;
    this.index = index;
    this.startsSentence = from == 0;
    this.endsSentence = to == sentenceSize;
    this.lx = lx;
    this.titleCase = 0;
    this.sentenceStarts = starts;
    this.sentenceEnds = ends;
    this.sentenceKinds = kinds;
    this.sentenceBase = base;
    this.sentenceSize = sentenceSize;
    int max = 4 * (to - from); // a token makes at most four atoms
    if (atoms.length < max) {
      atoms = java.util.Arrays.copyOf(atoms, Math.max(max, atoms.length * 2));
      nums = new NumberReader.Num[atoms.length];
      masks = new long[atoms.length];
      slots = new int[atoms.length];
      candidates = new int[atoms.length];
    }
    Atom[] atoms = this.atoms;
    int[] cs = candidates;
    int na = 0;
    int nc = 0;
    int prevEnd = from > 0 ? ends[base + from - 1] : -1;
    for (int ti = from; ti < to; ti++) {
      int tStart = starts[base + ti];
      int tEnd = ends[base + ti];
      TokenKind kind = KINDS[kinds[base + ti]];
      if (kind == TokenKind.SYMBOL && text.charAt(tStart) == '&' && isSpaceReference(text, tStart, tEnd)) {
        // an HTML space left in scraped text ("2,5&nbsp;persen") reads as the space it stands for
        prevEnd = -1;
        continue;
      }
      boolean space = tStart != prevEnd;
      prevEnd = tEnd;
      int first = na;
      if (kind != TokenKind.ALPHANUMERIC && kind != TokenKind.ABBREVIATION) {
        // the common case: the atom is the token, its text copied out of the text only if asked for
        if (cand[ti]) {
          if (kind == TokenKind.WORD && tEnd - tStart >= 6) {
            // a range of spelled numbers in one word, a trigger word
            int pair = splitPair(text, tStart, tEnd, space, na, lx);
            if (pair > na) {
              nc = addCandidates(cs, nc, first, pair);
              na = pair;
              continue;
            }
          }
          cs[nc++] = first;
        }
        String folded = kind == TokenKind.NUMBER ? asciiDigits(text, tStart, tEnd) : null;
        if (folded != null) {
          set(na++, folded, tStart, kind, space);
        } else {
          setSpan(na++, text, tStart, tEnd, kind, space);
        }
        continue;
      }
      // the token's text, copied from the text (which is in the cache) rather than read from the token
      String folded = asciiDigits(text, tStart, tEnd);
      String s = folded != null ? folded : text.substring(tStart, tEnd);
      if (kind == TokenKind.ABBREVIATION && s.length() > 2 && s.charAt(0) >= '0' && s.charAt(0) <= '9') {
        // a full stop after digits and a glued scale or unit inside a sentence ends the clause, as chat
        // writes it ("di inter cuma 17,5jt. selisih 3,5jt"): no part of the figure, and no object after it
        String stem = s.substring(0, s.length() - 1);
        int e = gluedNumberEnd(stem);
        String unit = stem.substring(e);
        if (e < stem.length() && lx.isGluedSuffix(unit) && (!lx.isLetterScale(unit)
            || ti > 0 && lx.mayEndCurrency(text, starts[base + ti - 1], ends[base + ti - 1]))) {
          set(na++, stem.substring(0, e), tStart, TokenKind.NUMBER, space);
          set(na++, unit, tStart + e, TokenKind.WORD, false);
          set(na++, ".", tEnd - 1, TokenKind.PUNCTUATION, false);
          nc = addCandidates(cs, nc, first, na);
          continue;
        }
      }
      if (kind == TokenKind.ALPHANUMERIC && s.length() > 1) {
        char c0 = s.charAt(0);
        if (c0 >= '0' && c0 <= '9') {
          // digits glued to a unit, scale or "-an" (150cc, 2,1M, 1970-an)
          int e = gluedNumberEnd(s);
          String suffix = s.substring(e);
          boolean moneyScale = !lx.isLetterScale(suffix)
              || ti > 0 && lx.mayEndCurrency(text, starts[base + ti - 1], ends[base + ti - 1])
              || ti + 1 < sentenceSize && lx.mayStartCurrency(text, starts[base + ti + 1], ends[base + ti + 1]);
          // a scale of one letter only beside a currency: "Rp3T" is three trillion rupiah, "wilayah 3T" a name
          // "-an" also without its hyphen after two digits or more ("1990an", "Rp 10.000an")
          if (suffix.equals("-an") || suffix.equals("an") && e >= 2
              || lx.isGluedSuffix(suffix) && moneyScale && !(e < 2 && suffix.equals("k"))
              || isGluedTimeUnit(suffix, lx)) {
            set(na++, s.substring(0, e), tStart, TokenKind.NUMBER, space);
            set(na++, suffix, tStart + e, TokenKind.WORD, false);
            nc = addCandidates(cs, nc, first, na);
            continue;
          }
          int second = gluedRangeEnd(s, e);
          if (second > 0 && lx.isGluedSuffix(s.substring(second)) && (!lx.isLetterScale(s.substring(second))
              || ti > 0 && lx.mayEndCurrency(text, starts[base + ti - 1], ends[base + ti - 1])
              || ti + 1 < sentenceSize && lx.mayStartCurrency(text, starts[base + ti + 1], ends[base + ti + 1]))) {
            // a range with its unit or scale glued to the second end: "10-15kg", "Rp 18-20ribu", "1,5-2jt"
            set(na++, s.substring(0, e), tStart, TokenKind.NUMBER, space);
            set(na++, "-", tStart + e, TokenKind.PUNCTUATION, false);
            set(na++, s.substring(e + 1, second), tStart + e + 1, TokenKind.NUMBER, false);
            set(na++, s.substring(second), tStart + second, TokenKind.WORD, false);
            nc = addCandidates(cs, nc, first, na);
            continue;
          }
          int month = dayMonthEnd(s, e, lx);
          if (month > 0) {
            // a day glued to a month name, as tables and wire copy write dates: "Rabu (10-Jan)", "17-Mar-2007"
            set(na++, s.substring(0, e), tStart, TokenKind.NUMBER, space);
            set(na++, "-", tStart + e, TokenKind.PUNCTUATION, false);
            set(na++, s.substring(e + 1, month), tStart + e + 1, TokenKind.WORD, false);
            if (month < s.length()) {
              set(na++, "-", tStart + month, TokenKind.PUNCTUATION, false);
              set(na++, s.substring(month + 1), tStart + month + 1, TokenKind.NUMBER, false);
            }
            nc = addCandidates(cs, nc, first, na);
            continue;
          }
          if (e == 4 && s.length() > 8 && s.charAt(4) == '-' && lx.months.containsKey(s.substring(5))) {
            // a year glued to the month that starts the second end of a range: "Desember 2026-Februari 2027"
            set(na++, s.substring(0, 4), tStart, TokenKind.NUMBER, space);
            set(na++, "-", tStart + 4, TokenKind.PUNCTUATION, false);
            set(na++, s.substring(5), tStart + 5, TokenKind.WORD, false);
            nc = addCandidates(cs, nc, first, na);
            continue;
          }
          boolean numberNext = ti + 1 < sentenceSize && starts[base + ti + 1] < text.length()
              && Character.isDigit(text.charAt(starts[base + ti + 1]));
          int[] range = moneyRange(suffix, lx, numberNext);
          if (range != null) {
            // a range glued across currencies: "Rp150.000-Rp1,2" (juta follows as its own token),
            // "Rp 5.000-Rp 10.000" (the second number follows as its own token), "Rp1,5jt-Rp3jt"
            int at = tStart + e;
            int dash = range[0];
            set(na++, s.substring(0, e), tStart, TokenKind.NUMBER, space);
            if (dash > 0) {
              set(na++, suffix.substring(0, dash), at, TokenKind.WORD, false);
            }
            set(na++, "-", at + dash, TokenKind.PUNCTUATION, false);
            set(na++, suffix.substring(dash + 1, range[1]), at + dash + 1, TokenKind.CURRENCY, false);
            if (range[1] < range[2]) {
              set(na++, suffix.substring(range[1], range[2]), at + range[1], TokenKind.NUMBER, false);
            }
            if (range[2] < suffix.length()) {
              set(na++, suffix.substring(range[2]), at + range[2], TokenKind.WORD, false);
            }
            nc = addCandidates(cs, nc, first, na);
            continue;
          }
          if (suffix.length() > 1 && suffix.charAt(0) == '-' && ti + 1 < to && starts[base + ti + 1] == tEnd
              && KINDS[kinds[base + ti + 1]] == TokenKind.CURRENCY) {
            // a range glued across a currency the tokenizer cut in two: "US$2-US$3 juta" is "US$",
            // "2-US", "$", "3"; the second currency is "US" and "$" again
            String currency = suffix.substring(1) + text.substring(tEnd, ends[base + ti + 1]);
            if (lx.currencies.phrases().contains(currency)) {
              set(na++, s.substring(0, e), tStart, TokenKind.NUMBER, space);
              set(na++, "-", tStart + e, TokenKind.PUNCTUATION, false);
              set(na++, currency, tStart + e + 1, TokenKind.CURRENCY, false);
              nc = addCandidates(cs, nc, first, na);
              ti++;
              prevEnd = ends[base + ti];
              continue;
            }
          }
          if (suffix.length() > 1 && (suffix.charAt(0) | 0x20) == 'x' || suffix.startsWith("\u00d7")) {
            Matcher m = TIMES.matcher(suffix);
            if (m.matches() && ti + 1 < sentenceSize
                && (lx.timeUnits.lookup(text.substring(starts[base + ti + 1], ends[base + ti + 1])) != null
                    || lx.units.lookup(text.substring(starts[base + ti + 1], ends[base + ti + 1])) != null)) {
              // a factor glued to a duration: "2x24 jam" (48 hours)
              set(na++, s.substring(0, e), tStart, TokenKind.NUMBER, space);
              set(na++, suffix.substring(0, 1), tStart + e, TokenKind.WORD, false);
              set(na++, m.group(1), tStart + e + 1, TokenKind.NUMBER, false);
              nc = addCandidates(cs, nc, first, na);
              continue;
            }
          }
          int an = suffix.endsWith("-an") ? 3 : suffix.endsWith("an") ? 2 : 0;
          if (suffix.length() > an && an > 0 && lx.isGluedSuffix(suffix.substring(0, suffix.length() - an))
              && (an == 3 || InformalMoney.CHAT_SCALES.contains(suffix.substring(0, suffix.length() - an)))) {
            // a glued scale made approximate: "Rp10rb-an", and in chat without the hyphen, "196jtan"
            String unit = suffix.substring(0, suffix.length() - an);
            set(na++, s.substring(0, e), tStart, TokenKind.NUMBER, space);
            set(na++, unit, tStart + e, TokenKind.WORD, false);
            set(na++, an == 3 ? "-an" : "an", tStart + e + unit.length(), TokenKind.WORD, false);
            nc = addCandidates(cs, nc, first, na);
            continue;
          }
        } else if (c0 == 'M' && s.length() > 1 && s.charAt(1) >= '0' && s.charAt(1) <= '9' && ti > 0
            && QuantityRules.QUAKE_WORDS.contains(
                text.substring(starts[base + ti - 1], ends[base + ti - 1]).toLowerCase(java.util.Locale.ROOT))
            && NumberReader.parseDigits(s.substring(1)) != null) {
          // an earthquake's magnitude glued to its M: "gempa M5,6", "gempa susulan M4,1"
          set(na++, "M", tStart, TokenKind.WORD, space);
          set(na++, s.substring(1), tStart + 1, TokenKind.NUMBER, false);
          nc = addCandidates(cs, nc, first, na);
          continue;
        } else if (c0 >= 'a' && c0 <= 'z' && scaleDashNumber(s, lx) > 0) {
          // a scale word glued to the second end of a range: "300 ribu-400 ribu ton", "6,3 juta-6,5 juta unit"
          int dash = s.indexOf('-');
          set(na++, s.substring(0, dash), tStart, TokenKind.WORD, space);
          set(na++, "-", tStart + dash, TokenKind.PUNCTUATION, false);
          set(na++, s.substring(dash + 1), tStart + dash + 1, TokenKind.NUMBER, false);
          nc = addCandidates(cs, nc, first, na);
          continue;
        } else if (Character.isUpperCase(c0)) {
          int dash = s.indexOf('-');
          Matcher m = dash > 0 && lx.months.containsKey(s.substring(0, dash)) ? WORD_DASH_NUMBER.matcher(s) : null;
          if (m != null && m.matches()) {
            // a month glued to the next day: "1 Januari-31 Maret"
            int st = tStart;
            set(na++, m.group(1), st, TokenKind.WORD, space);
            set(na++, "-", st + m.end(1), TokenKind.PUNCTUATION, false);
            set(na++, m.group(2), st + m.start(2), TokenKind.NUMBER, false);
            nc = addCandidates(cs, nc, first, na);
            continue;
          }
        }
        if (c0 == 'I') {
          Matcher m = PERIOD_YEAR.matcher(s);
          if (m.matches()) {
            int st = tStart;
            set(na++, m.group(1), st, TokenKind.WORD, space);
            set(na++, m.group(2), st + m.end(1), TokenKind.PUNCTUATION, false);
            set(na++, m.group(3), st + m.start(3), TokenKind.NUMBER, false);
            nc = addCandidates(cs, nc, first, na);
            continue;
          }
        }
      }
      boolean last = ti == sentenceSize - 1 || closesOnly(text, starts, ends, base + ti + 1, base + sentenceSize);
      String stem = kind == TokenKind.ABBREVIATION && s.length() > 1 && s.endsWith(".") ? s.substring(0, s.length() - 1) : null;
      if (stem != null && (last || !lx.isGluedSuffix(s))
          && (lx.isGluedSuffix(stem) || ROMAN_PERIOD.matcher(s).matches()
              || last && (lx.isMonthAbbreviation(stem) || lx.timeUnits.lookup(stem) != null)
              || ti > 0 && KINDS[kinds[base + ti - 1]] == TokenKind.NUMBER && lx.timeUnits.lookup(stem) != null)) {
        // a unit, a roman numeral, a month or a unit of time at the end of a sentence: "201 hp.",
        // "semester I.", "tgl 30 Nov.", "dlm 5 thn."; a unit of time after a number also inside one,
        // where chat ends a clause without a capital ("tenor 15 thn. bismillah"); the last
        // token of a sentence ends with its full stop even when the abbreviation is listed ("Rp99 rb.")
        set(na++, stem, tStart, TokenKind.WORD, space);
        set(na++, ".", tEnd - 1, TokenKind.PUNCTUATION, false);
        nc = addCandidates(cs, nc, first, na);
        continue;
      }
      if (cand[ti]) {
        cs[nc++] = first;
      }
      set(na++, s, tStart, kind, space);
    }
    this.size = na;
    this.candidateCount = nc;
  }

  /**
   * Whether {@code suffix}, glued after digits, is a unit of time of three letters or more, as chat
   * writes them: "tenor 15thn", "udah 3bln", "nunggu 2jam" (one or two letters, "5G", "3D", are names).
   */
  static boolean isGluedTimeUnit(String suffix, Lexicon lx) {
    if (suffix.length() < 3) {
      return false;
    }
    for (int k = 0; k < suffix.length(); k++) {
      char c = suffix.charAt(k);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return lx.timeUnits.lookup(suffix) != null;
  }

  /**
   * Where the number starts in a token that is a scale word, a hyphen and digits ({@code ribu-400},
   * {@code juta-6,5}), or 0 when it is no such token. The digits may have separators and end in a digit.
   */
  static int scaleDashNumber(String s, Lexicon lx) {
    int dash = s.indexOf('-');
    if (dash < 2 || dash + 1 >= s.length() || lx.scales.lookup(s.substring(0, dash)) == null) {
      return 0;
    }
    for (int k = dash + 1; k < s.length(); k++) {
      char c = s.charAt(k);
      if (!(c >= '0' && c <= '9' || (c == '.' || c == ',') && k > dash + 1 && k + 1 < s.length())) {
        return 0;
      }
    }
    return dash + 1;
  }

  /** HTML character references of spaces, lower case. */
  private static final java.util.Set<String> SPACE_REFERENCES = java.util.Set.of("&nbsp;", "&ensp;", "&emsp;",
      "&thinsp;", "&#32;", "&#x20;", "&#160;", "&#xa0;", "&#8194;", "&#x2002;", "&#8195;", "&#x2003;", "&#8201;",
      "&#x2009;", "&#8239;", "&#x202f;");

  /** Whether the token {@code text[start, end)} is an HTML character reference of a space ({@code &nbsp;}). */
  static boolean isSpaceReference(String text, int start, int end) {
    if (end - start >= 10 && text.regionMatches(true, start, "&amp;", 0, 5)) {
      // escaped twice, as some scrapers write it: "&amp;nbsp;" is "&nbsp;"
      return end - start <= 13 && text.charAt(end - 1) == ';'
          && SPACE_REFERENCES.contains("&" + text.substring(start + 5, end).toLowerCase(java.util.Locale.ROOT));
    }
    return end - start >= 5 && end - start <= 8 && text.charAt(end - 1) == ';'
        && SPACE_REFERENCES.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The parts of a money range glued after a number: an optional scale, "-", a currency, then
   * digits and an optional scale, or no digits when the number follows as a token of its own
   * ({@code "-Rp1,2"}, {@code "-US$5"}, {@code "-Rp"}, {@code "jt-Rp3jt"}, and {@code "rb-Rp"} when
   * {@code numberNext}, the next token starting with a digit). Returns {where the dash is, where the
   * digits start, where they end}, or null. The digits may have separators but must end in a digit.
   */
  static int[] moneyRange(String suffix, Lexicon lx, boolean numberNext) {
    int dash = suffix.indexOf('-');
    if (dash < 0 || suffix.length() - dash < 3 || dash > 0 && !lx.isGluedSuffix(suffix.substring(0, dash))) {
      return null;
    }
    int d = dash + 1;
    while (d < suffix.length() && !(suffix.charAt(d) >= '0' && suffix.charAt(d) <= '9')) {
      d++;
    }
    String currency = suffix.substring(dash + 1, d);
    if (currency.isEmpty() || !lx.isGluedSuffix(currency) || !lx.currencies.phrases().contains(currency)) {
      return null;
    }
    int end = d;
    while (end < suffix.length() && (suffix.charAt(end) >= '0' && suffix.charAt(end) <= '9'
        || suffix.charAt(end) == '.' || suffix.charAt(end) == ',')) {
      end++;
    }
    while (end > d && !(suffix.charAt(end - 1) >= '0' && suffix.charAt(end - 1) <= '9')) {
      end--; // the number ends in a digit
    }
    if (end == d && d < suffix.length() || dash > 0 && end == d && !numberNext) {
      // something other than digits after the currency, or a scale with no second number (it may
      // follow as a token of its own: "Rp 18rb-Rp 25rb")
      return null;
    }
    if (end < suffix.length() && !lx.isGluedSuffix(suffix.substring(end))) {
      return null;
    }
    return new int[] {dash, d, end};
  }

  /**
   * Whether tokens {@code [from, to)} are all closing quotes and brackets: a token before them is the
   * last of its sentence ("... maling ayam aja 2 thn.\"").
   */
  private static boolean closesOnly(String text, int[] starts, int[] ends, int from, int to) {
    for (int t = from; t < to; t++) {
      if (ends[t] - starts[t] != 1 || "\"'\u201d\u2019)]".indexOf(text.charAt(starts[t])) < 0) {
        return false;
      }
    }
    return from < to;
  }

  /**
   * Where the second number ends in a token that is a number, a hyphen, a second number and a suffix
   * ({@code 10-15kg}: 5): digits, dots and commas ending in a digit after the hyphen at {@code e},
   * with something after them; 0 when the token is no such range.
   */
  static int gluedRangeEnd(String s, int e) {
    if (e + 2 >= s.length() || s.charAt(e) != '-' || s.charAt(e + 1) < '0' || s.charAt(e + 1) > '9') {
      return 0;
    }
    int end = e + 1;
    int lastDigit = end;
    while (end < s.length()) {
      char c = s.charAt(end);
      if (c >= '0' && c <= '9') {
        lastDigit = end + 1;
      } else if (c != '.' && c != ',') {
        break;
      }
      end++;
    }
    return lastDigit < s.length() ? lastDigit : 0;
  }

  /**
   * Where the month name ends in a token that is a day of one or two digits, a hyphen and a month
   * ({@code 10-Jan}), optionally with a hyphen and a year of two or four digits after it ({@code
   * 17-Mar-2007}); 0 when the token is no such date. {@code e} is where the day ends.
   */
  static int dayMonthEnd(String s, int e, Lexicon lx) {
    if (e > 2 || e >= s.length() - 3 || s.charAt(e) != '-' || s.charAt(0) < '0' || s.charAt(0) > '9'
        || e == 2 && (s.charAt(1) < '0' || s.charAt(1) > '9')) {
      return 0;
    }
    int end = s.indexOf('-', e + 1);
    if (end < 0) {
      end = s.length();
    } else {
      int digits = s.length() - end - 1;
      if (digits != 2 && digits != 4) {
        return 0;
      }
      for (int k = end + 1; k < s.length(); k++) {
        if (s.charAt(k) < '0' || s.charAt(k) > '9') {
          return 0;
        }
      }
    }
    return lx.months.containsKey(s.substring(e + 1, end)) ? end : 0;
  }

  /**
   * Where the number of a token that starts with a digit ends when a suffix is glued to it: the end
   * of the longest prefix of digits, dots and commas that ends in a digit and leaves at least one
   * character: group 1 of {@code (\d(?:[\d.,]*\d)?)(\S+)}, without the regex.
   */
  static int gluedNumberEnd(String s) {
    int run = 0;
    while (run < s.length()) {
      char c = s.charAt(run);
      if (!(c >= '0' && c <= '9' || c == '.' || c == ',')) {
        break;
      }
      run++;
    }
    int e = Math.min(run, s.length() - 1);
    while (e > 1 && !(s.charAt(e - 1) >= '0' && s.charAt(e - 1) <= '9')) {
      e--;
    }
    return e;
  }

  /**
   * Splits a range of spelled numbers written as one word into atoms from atom {@code na} on ("dua-tiga
   * hari" reads as "dua - tiga hari"). Returns the atom count after it, {@code na} when it is none.
   */
  private int splitPair(String text, int start, int end, boolean space, int na, Lexicon lx) {
    // a pair has seven letters or more ("dua-tiga"): most trigger words are shorter
    int dash = end - start >= 7 && hasInnerDash(text, start, end) ? lx.spelledPairDash(text.substring(start, end)) : -1;
    if (dash > 0) {
      set(na++, text.substring(start, start + dash), start, TokenKind.WORD, space);
      set(na++, "-", start + dash, TokenKind.PUNCTUATION, false);
      set(na++, text.substring(start + dash + 1, end), start + dash + 1, TokenKind.WORD, false);
    }
    return na;
  }

  /** Whether {@code text[start, end)} has a hyphen after its first character. */
  private static boolean hasInnerDash(String text, int start, int end) {
    for (int k = start + 1; k < end; k++) {
      if (text.charAt(k) == '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text[start, end)} with every decimal digit of another script written as its ASCII digit
   * ("３４.０００" reads as "34.000"), so that the number reader and the rules see one kind of digit;
   * the same length, so the atoms' offsets still index the original text. Null when it has no such
   * digit (the common case: nothing is copied).
   */
  static String asciiDigits(String text, int start, int end) {
    char[] out = null;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c > 127 && Character.isDigit(c)) {
        if (out == null) {
          out = text.substring(start, end).toCharArray();
        }
        out[k - start] = (char) ('0' + Character.digit(c, 10));
      }
    }
    return out == null ? null : new String(out);
  }

  /**
   * Atom {@code i} becomes the span {@code [start, end)} of {@code source}, reusing the atom object
   * there; its number and mask are cleared (here rather than in a pass of their own after the atoms).
   */
  private void setSpan(int i, String source, int start, int end, TokenKind kind, boolean spaceBefore) {
    nums[i] = null;
    masks[i] = 0L;
    Atom a = atoms[i];
    if (a == null) {
      a = new Atom("", start, kind, spaceBefore);
      atoms[i] = a;
    }
    a.resetSpan(source, start, end, kind, spaceBefore);
  }

  /** Atom {@code i} becomes the given one, reusing the atom object there; its number and mask are cleared. */
  private void set(int i, String text, int start, TokenKind kind, boolean spaceBefore) {
    nums[i] = null;
    masks[i] = 0L;
    Atom a = atoms[i];
    if (a == null) {
      atoms[i] = new Atom(text, start, kind, spaceBefore);
    } else {
      a.reset(text, start, kind, spaceBefore);
    }
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

  /** Whether atom {@code i} is the full stop that ends the sentence. */
  boolean isFinalStop(int i) {
    return endsSentence && i == size - 1 && atoms[i].isPunctuation() && atoms[i].length() == 1 && atoms[i].charAt(0) == '.';
  }

  /**
   * Whether the window reads as a headline in title case or capitals: at least three words of three
   * letters or more that are not function words ({@code stop-words.txt}, which title case leaves in
   * lower case: "di", "untuk"), every one of them capitalized. Computed once per window.
   */
  boolean titleCase() {
    if (titleCase == 0) {
      int capitalized = 0;
      boolean lower = false;
      for (int i = 0; i < size && !lower; i++) {
        Atom a = atoms[i];
        if (a.isWord() && a.length() >= 3 && !lx.stopWords.contains(a.lower())) {
          if (a.isCapitalized()) {
            capitalized++;
          } else {
            lower = true;
          }
        }
      }
      if (!lower && capitalized < 3) {
        // too few words in the window to tell ("Naik sejak Tiga Minggu Lalu": most are function
        // words): the whole sentence decides
        capitalized = 0;
        for (int t = sentenceBase, end = sentenceBase + sentenceSize; t < end && !lower; t++) {
          int st = sentenceStarts[t];
          int en = sentenceEnds[t];
          if (KINDS[sentenceKinds[t]] == TokenKind.WORD && en - st >= 3
              && !lx.stopWords.contains(text.substring(st, en).toLowerCase(java.util.Locale.ROOT))) {
            if (Character.isUpperCase(text.charAt(st))) {
              capitalized++;
            } else {
              lower = true;
            }
          }
        }
      }
      titleCase = !lower && capitalized >= 3 ? (byte) 1 : (byte) 2;
    }
    return titleCase == 1;
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

  /**
   * The {@link KeyIndex} lists the key of atom {@code i} may be in (computed once per atom), or
   * {@link KeyIndex#KNOWN} alone (no list) outside the window.
   */
  long mask(int i) {
    if (i < 0 || i >= size) {
      return KeyIndex.KNOWN;
    }
    long m = masks[i];
    if (m == 0) {
      Atom a = atoms[i];
      int slot = index.slot(text, a.start, a.end);
      slots[i] = slot;
      if (slot >= 0) {
        m = index.maskAt(slot);
        if (index.keyLength(slot) == a.length()) {
          // the atom is its key, ASCII letters and digits: the listed string is its key and lower case
          a.knownLower(index.keyAt(slot));
        }
      } else {
        m = slot == KeyIndex.NOT_LISTED ? KeyIndex.KNOWN : KeyIndex.ALL;
      }
      masks[i] = m;
    }
    return m;
  }

  /**
   * The {@link KeyIndex} slot of the key of atom {@code i}, or {@link KeyIndex#NOT_LISTED} (also
   * outside the window) or {@link KeyIndex#UNREADABLE}.
   */
  int slot(int i) {
    if (i < 0 || i >= size) {
      return KeyIndex.NOT_LISTED;
    }
    mask(i); // sets the slot with the mask
    return slots[i];
  }

  /** Whether the key of atom {@code i} may be in the list of {@link KeyIndex} bit {@code bit}. */
  boolean mayBeIn(int i, int bit) {
    return (mask(i) & (1L << bit)) != 0;
  }

  /**
   * Whether the lower case of atom {@code i} is in {@code set}: {@code set.contains(lower(i))}, but
   * without making the lower case of an atom whose key is in no small set. {@code set} must be one of
   * the sets {@link FigureExtractor} enters under {@link KeyIndex#SMALL_SETS}.
   */
  boolean lowerIn(int i, java.util.Set<String> set) {
    return mayBeIn(i, KeyIndex.SMALL_SETS) && set.contains(lower(i));
  }

  /**
   * Whether the lower case of atom {@code i} is {@code word} (lower-case ASCII): {@code
   * lower(i).equals(word)}, compared in place.
   */
  boolean lowerIs(int i, String word) {
    if (i < 0 || i >= size) {
      return word.isEmpty();
    }
    Atom a = atoms[i];
    int n = word.length();
    if (a.length() != n) {
      // a lower case of another length has non-ASCII letters, and cannot equal an ASCII word
      return false;
    }
    for (int k = 0; k < n; k++) {
      char c = a.charAt(k);
      if (c > 127) {
        return a.lower().equals(word); // the rare non-ASCII atom: as lower-cased in full
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  NumberReader.Num num(int i) {
    return i >= 0 && i < size ? nums[i] : null;
  }

  void setNum(int i, NumberReader.Num n) {
    nums[i] = n;
  }

  /** The original text from atom {@code from} to atom {@code to} (exclusive). */
  String slice(int from, int to) {
    return text.substring(atom(from).start, atom(to - 1).end);
  }
}
