package id.warta.figure;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * The elements rule patterns are made of, and the match they produce. Elements are built once with
 * the rules and are immutable; a {@link Match} is per call.
 */
final class Pattern {
  private Pattern() {}

  /** {@link Elem#startKinds()} of an element that may start at an atom of any kind. */
  static final int ALL_KINDS = -1;

  // the shapes of the number at an atom ({@link #numShape}), a bit each, for {@link Elem#startShapes()}
  /** Four bare digits (a possible year). */
  static final int PLAIN4 = 1;
  /** Other bare digits. */
  static final int PLAIN = 2;
  /** A range. */
  static final int RANGE = 4;
  /** Digits with "-an" (1970-an). */
  static final int DECADE = 8;
  /** Any other number (separators, a scale word, words). */
  static final int OTHER = 16;
  /** No number starts at the atom. */
  static final int NO_NUMBER = 32;
  /** Every shape. */
  static final int ALL_SHAPES = 63;

  /** The shape of the number at atom {@code i}: one of the bits above. */
  static int numShape(Scan s, int i) {
    NumberReader.Num n = s.num(i);
    if (n == null) {
      return NO_NUMBER;
    }
    if (n.decade()) {
      return DECADE;
    }
    if (n.isRange()) {
      return RANGE;
    }
    if (n.plain()) {
      return s.atom(i).length() == 4 ? PLAIN4 : PLAIN;
    }
    return OTHER;
  }

  /**
   * One element of a pattern. An abstract class rather than an interface: the matcher calls these
   * methods on many element classes at one site, and a virtual call there is cheaper than an
   * interface call.
   */
  abstract static class Elem {
    /** The atom index after this element when it matches at atom {@code i}, else -1; may store a payload. */
    public abstract int match(Scan s, int i, Match m, int slot);

    /** The keys of atoms this element can start at, or null for numbers and alphanumeric atoms. */
    public abstract Set<String> triggers();

    /** The keys of all atoms this element can match a word or phrase at (for an optional element, its element's), or null. */
    public Set<String> keys() {
      return triggers();
    }

    /** Whether the element is context outside the figure's text (a preposition before a year). */
    public boolean context() {
      return false;
    }

    /** Whether the element may match nothing. */
    public boolean optional() {
      return false;
    }

    /**
     * The atom kinds (a bit per {@code TokenKind} ordinal) this element can match a first atom of:
     * the matcher skips a rule whose first element cannot start at the atom's kind.
     */
    public int startKinds() {
      return ALL_KINDS;
    }

    /**
     * The shapes of number ({@link #numShape}) at whose atom this element may match: the matcher
     * skips a rule whose first element cannot start at the atom's.
     */
    public int startShapes() {
      return ALL_SHAPES;
    }

    /**
     * Where a match at atom {@code i} would end if the element matches there, cheaply, if known; -1
     * when unknown or when it cannot match (a word answers {@code i + 1} without looking).
     */
    public int peekEnd(Scan s, int i) {
      return -1;
    }

    /**
     * Whether {@link #peekEnd} may answer other than -1 (the elements that override it): the matcher
     * asks only these, so that the others cost no virtual call there.
     */
    public boolean peeks() {
      return false;
    }
  }

  /** The parts a pattern matched: per element, its atom span and payload. Per call. */
  static final class Match {
    final Scan scan;
    final int[] starts;
    final int[] ends;
    final Object[] payloads;
    private final boolean[] context;

    Match(Scan scan, int size) {
      this.scan = scan;
      this.starts = new int[size];
      this.ends = new int[size];
      this.payloads = new Object[size];
      this.context = new boolean[size];
    }

    NumberReader.Num num(int k) {
      return (NumberReader.Num) payloads[k];
    }

    Object get(int k) {
      return payloads[k];
    }

    /** Whether element {@code k} matched something (optional elements may not). */
    boolean present(int k) {
      return ends[k] > starts[k];
    }

    /** The first atom of the figure's text (after any leading context). */
    int start() {
      for (int k = 0; k < starts.length; k++) {
        if (!context[k] && present(k)) {
          return starts[k];
        }
      }
      return starts[0];
    }

    /** The atom after the figure's text (before any trailing context). */
    int end() {
      for (int k = ends.length - 1; k >= 0; k--) {
        if (!context[k] && present(k)) {
          return ends[k];
        }
      }
      return ends[ends.length - 1];
    }

    /** The atom after the whole match, context included. */
    int matchEnd() {
      return ends[ends.length - 1];
    }
  }

  /**
   * Matches {@code pattern} at atom {@code i}; null when it does not match. The match object is the
   * scan's reusable one for this pattern length: productions must not keep it.
   */
  static Match match(Rule rule, Scan s, int i) {
    Elem[] elems = rule.elems;
    boolean[] context = rule.context;
    Match m = s.reusableMatch(elems.length);
    int pos = i;
    for (int k = 0; k < elems.length; k++) {
      int end = elems[k].match(s, pos, m, k);
      if (end < 0) {
        return null;
      }
      m.starts[k] = pos;
      m.ends[k] = end;
      m.context[k] = context[k];
      pos = end;
    }
    return m;
  }

  /** A number (digits, words, a range) that satisfies {@code test}; the payload is the {@link NumberReader.Num}. */
  static Elem num(Predicate<NumberReader.Num> test) {
    return num(ALL_SHAPES & ~NO_NUMBER, test);
  }

  /**
   * {@link #num(Predicate)} where {@code test} can only hold for numbers of {@code shapes} (a {@link
   * #numShape} bit each).
   */
  static Elem num(int shapes, Predicate<NumberReader.Num> test) {
    return new Elem() {
      @Override
      public int startShapes() {
        return shapes;
      }

      @Override
      public int match(Scan s, int i, Match m, int slot) {
        NumberReader.Num n = s.num(i);
        if (n == null || !test.test(n)) {
          return -1;
        }
        m.payloads[slot] = n;
        return n.end();
      }

      @Override
      public int peekEnd(Scan s, int i) {
        NumberReader.Num n = s.num(i);
        return n == null ? -1 : n.end();
      }

      @Override
      public boolean peeks() {
        return true;
      }

      @Override
      public Set<String> triggers() {
        return null;
      }
    };
  }

  /** Any number. */
  static Elem num() {
    return num(n -> true);
  }

  /** A bare integer atom in {@code [lo, hi]}; the payload is the Integer. */
  static Elem integer(int lo, int hi) {
    return new Elem() {
      @Override
      public int match(Scan s, int i, Match m, int slot) {
        Atom a = s.atomOrNull(i);
        if (a == null || !a.isPlainDigits() || a.length() > 4 || a.length() > 1 && a.charAt(0) == '0' && lo > 0 && hi > 31) {
          return -1;
        }
        int v = 0;
        for (int k = 0; k < a.length(); k++) {
          v = v * 10 + (a.charAt(k) - '0'); // Integer.parseInt of up to four digits, in place
        }
        if (v < lo || v > hi) {
          return -1;
        }
        m.payloads[slot] = v;
        return i + 1;
      }

      @Override
      public int peekEnd(Scan s, int i) {
        Atom a = s.atomOrNull(i);
        return a != null && a.isPlainDigits() ? i + 1 : -1;
      }

      @Override
      public boolean peeks() {
        return true;
      }

      @Override
      public Set<String> triggers() {
        return null;
      }
    };
  }

  /** A phrase of {@code table}; the payload is the phrase's value. */
  static <V> Elem phrase(PhraseTable<V> table) {
    Set<String> keys = table.keys();
    return new Elem() {
      @Override
      public int match(Scan s, int i, Match m, int slot) {
        PhraseTable.Hit<V> h = table.match(s, i);
        if (h == null) {
          return -1;
        }
        m.payloads[slot] = h.value();
        return h.end();
      }

      @Override
      public Set<String> triggers() {
        return keys;
      }
    };
  }

  /** One atom, any of {@code words} ignoring case; the payload is the lowercased atom. */
  static Elem word(String... words) {
    return word(Set.of(words));
  }

  /** One atom in {@code words} (lowercase) ignoring case; the payload is the lowercased atom. */
  static Elem word(Set<String> words) {
    Set<String> keys = new HashSet<>();
    for (String w : words) {
      keys.add(PhraseTable.key(w));
    }
    Set<String> frozen = Set.copyOf(keys);
    return new Elem() {
      @Override
      public int match(Scan s, int i, Match m, int slot) {
        if (!s.mayBeIn(i, KeyIndex.RULE_WORDS)) {
          return -1; // the key of no word of any rule
        }
        String w = s.lower(i);
        if (!words.contains(w)) {
          return -1;
        }
        m.payloads[slot] = w;
        return i + 1;
      }

      @Override
      public int peekEnd(Scan s, int i) {
        return i + 1; // one atom, where it matches at all
      }

      @Override
      public boolean peeks() {
        return true;
      }

      @Override
      public Set<String> triggers() {
        return frozen;
      }
    };
  }

  /** A month name (abbreviations too when {@code abbreviations}); the payload is the {@link Lexicon.Month}. */
  static Elem month(Lexicon lx, boolean abbreviations) {
    Set<String> keys = new HashSet<>();
    for (String k : lx.months.keySet()) {
      keys.add(k.toLowerCase(Locale.ROOT));
    }
    Set<String> frozen = Set.copyOf(keys);
    return new Elem() {
      @Override
      public int match(Scan s, int i, Match m, int slot) {
        Atom a = s.atomOrNull(i);
        if (a == null || !s.mayBeIn(i, KeyIndex.MONTHS)) {
          return -1;
        }
        Lexicon.Month mo = lx.month(a, abbreviations);
        if (mo == null && monthContext(s, i)) {
          // "bulan september", "november lalu", "november 2014"; abbreviated after "tgl" and a day ("tgl 14 des")
          mo = lx.lowerMonth(a, abbreviations && s.lowerIn(i - 2, NonFigures.DAY_WORDS) && s.atom(i - 1).isPlainDigits());
        }
        if (mo == null) {
          return -1;
        }
        m.payloads[slot] = mo;
        return i + 1;
      }

      @Override
      public Set<String> triggers() {
        return frozen;
      }
    };
  }

  /** Words after which a month written in lower case is one: "bulan september", "pada juni". */
  private static final Set<String> BEFORE_LOWER_MONTH = Set.of("bulan", "pada", "sejak", "hingga", "sampai",
      "awal", "akhir", "pertengahan", "medio", "selama");

  /**
   * Whether atom {@code i} is where a month written in lower case is one: after "bulan", a
   * preposition of time or a day ("tgl 3 november"), before a year or "lalu".
   */
  private static boolean monthContext(Scan s, int i) {
    Atom prev = s.atomOrNull(i - 1);
    if (prev != null && prev.isWord() && BEFORE_LOWER_MONTH.contains(prev.lower()) || s.lowerIs(i + 1, "lalu")
        || prev != null && prev.isPlainDigits() && prev.length() <= 2
        || s.lowerIs(i + 1, "silam") || s.lowerIs(i + 1, "mendatang") || s.lowerIs(i + 1, "depan")) {
      return true;
    }
    Atom next = s.atomOrNull(i + 1);
    return next != null && next.isPlainDigits() && next.length() == 4 && (next.charAt(0) == '1' || next.charAt(0) == '2');
  }

  /**
   * One atom whose whole text matches {@code regex}, tried only on atoms that pass {@code quick}, a
   * cheap test that reads the atom in place (most atoms fail it without their text being copied);
   * the payload is the {@link Matcher}'s result. {@code keys} are the atom keys it may start at, or
   * null for number and alphanumeric atoms.
   */
  static Elem regex(java.util.regex.Pattern regex, Set<String> keys, Predicate<Atom> quick) {
    return regex(regex, keys, null, quick);
  }

  /** {@link #regex(java.util.regex.Pattern, Set, Predicate)} on atoms of {@code kind} only (any kind when null). */
  static Elem regex(java.util.regex.Pattern regex, Set<String> keys, id.warta.text.TokenKind kind, Predicate<Atom> quick) {
    return regex(regex, keys, kind, ALL_SHAPES, quick);
  }

  /**
   * {@link #regex(java.util.regex.Pattern, Set, id.warta.text.TokenKind, Predicate)} on atoms whose
   * number ({@link #numShape}) has one of {@code shapes}.
   */
  static Elem regex(java.util.regex.Pattern regex, Set<String> keys, id.warta.text.TokenKind kind, int shapes,
      Predicate<Atom> quick) {
    int kinds = kind == null ? ALL_KINDS : 1 << kind.ordinal();
    return new Elem() {
      @Override
      public int startShapes() {
        return shapes;
      }

      @Override
      public int match(Scan s, int i, Match m, int slot) {
        Atom a = s.atomOrNull(i);
        if (a == null || (kinds & 1 << a.kind.ordinal()) == 0 || !quick.test(a)) {
          return -1;
        }
        Matcher x = regex.matcher(a.text());
        if (!x.matches()) {
          return -1;
        }
        m.payloads[slot] = x.toMatchResult();
        return i + 1;
      }

      @Override
      public Set<String> triggers() {
        return keys;
      }

      @Override
      public int startKinds() {
        return kinds;
      }
    };
  }

  /** {@code e} or nothing. Never first in a pattern. */
  static Elem opt(Elem e) {
    return new Elem() {
      @Override
      public int match(Scan s, int i, Match m, int slot) {
        int end = e.match(s, i, m, slot);
        if (end < 0) {
          m.payloads[slot] = null;
          return i;
        }
        return end;
      }

      @Override
      public Set<String> triggers() {
        throw new IllegalStateException("an optional element cannot start a pattern");
      }

      @Override
      public Set<String> keys() {
        return e.keys();
      }

      @Override
      public boolean optional() {
        return true;
      }
    };
  }

  /** The first of {@code alternatives} that matches; they must share the trigger kind. */
  static Elem any(Elem... alternatives) {
    Set<String> keys = new HashSet<>();
    boolean numeric = false;
    for (Elem e : alternatives) {
      Set<String> t = e.triggers();
      if (t == null) {
        numeric = true;
      } else {
        keys.addAll(t);
      }
    }
    Set<String> frozen = numeric ? null : Set.copyOf(keys);
    if (numeric && !keys.isEmpty()) {
      throw new IllegalArgumentException("alternatives mix numbers and words");
    }
    return new Elem() {
      @Override
      public int match(Scan s, int i, Match m, int slot) {
        for (Elem e : alternatives) {
          int end = e.match(s, i, m, slot);
          if (end >= 0) {
            return end;
          }
        }
        return -1;
      }

      @Override
      public Set<String> triggers() {
        return frozen;
      }
    };
  }

  /** {@code e} as context: it must match but is not part of the figure's text. */
  static Elem context(Elem e) {
    return new Elem() {
      @Override
      public int match(Scan s, int i, Match m, int slot) {
        return e.match(s, i, m, slot);
      }

      @Override
      public Set<String> triggers() {
        return e.triggers();
      }

      @Override
      public Set<String> keys() {
        return e.keys();
      }

      @Override
      public boolean context() {
        return true;
      }
    };
  }
}
