package id.warta.figure;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named figure rule in the style of Duckling: a human-readable name, a pattern of elements
 * matched over atoms (built once, when the rule is made) and a pure production that turns the
 * captured parts into a {@link Reading}, or rejects them with null. The elements are also kept in an
 * array, with what the matcher asks of them on every attempt (context flags, the second element's
 * keys) worked out once.
 *
 * <p>Immutable and thread-safe.
 */
final class Rule {
  private final String name;
  private final List<Pattern.Elem> pattern;
  private final Production production;
  /** The pattern as an array, for the matcher's loop. */
  final Pattern.Elem[] elems;
  /** Per element, whether it is context outside the figure's text. */
  final boolean[] context;
  /** Whether the pattern is one element that is part of the figure: a match at atom i starts there. */
  final boolean single;
  /** The second element when it is required (not optional), else null. */
  private final Pattern.Elem second;
  /** The keys the required second element starts at, or null for numbers. */
  private final Set<String> secondKeys;
  /** Whether the first element {@link Pattern.Elem#peeks() peeks} (a number, one word): else its peekEnd is -1 and not asked. */
  final boolean firstPeeks;

  /**
   * @param name what the rule reads ("number with percent sign")
   * @param pattern the elements, in order
   * @param production the reading of a match
   */
  Rule(String name, List<Pattern.Elem> pattern, Production production) {
    this.name = Objects.requireNonNull(name, "name");
    this.pattern = List.copyOf(pattern);
    this.production = Objects.requireNonNull(production, "production");
    if (this.pattern.isEmpty()) {
      throw new IllegalArgumentException("empty pattern in rule " + name);
    }
    this.elems = this.pattern.toArray(new Pattern.Elem[0]);
    this.context = new boolean[elems.length];
    for (int k = 0; k < elems.length; k++) {
      context[k] = elems[k].context();
    }
    this.single = elems.length == 1 && !context[0];
    this.second = elems.length < 2 || elems[1].optional() ? null : elems[1];
    this.secondKeys = second == null ? null : second.triggers();
    this.firstPeeks = elems[0].peeks();
  }

  String name() {
    return name;
  }

  List<Pattern.Elem> pattern() {
    return pattern;
  }

  Production production() {
    return production;
  }

  /**
   * Whether the rule may match at atom {@code i}: a cheap look at the first two elements.
   * {@code secondKeys} is {@link #secondKeys()} over the matcher's index (null when that is null).
   */
  boolean mayMatch(Scan s, int i, SlotSet secondKeys) {
    if (second == null || !firstPeeks) {
      return true; // (a first element that does not peek would answer -1)
    }
    int end = elems[0].peekEnd(s, i);
    if (end < 0) {
      return true;
    }
    Atom a = s.atomOrNull(end);
    if (a == null) {
      return false;
    }
    if (secondKeys == null) {
      return s.num(end) != null || a.isNumber() || a.kind == id.warta.text.TokenKind.ALPHANUMERIC;
    }
    return secondKeys.containsKeyOf(s, end);
  }

  /** The keys the required second element starts at, or null when it has none (numbers) or is optional. */
  Set<String> secondKeys() {
    return secondKeys;
  }

  /** Makes a reading from a match. Must be pure. */
  @FunctionalInterface
  interface Production {
    /** The reading, or null to reject the match. */
    Reading produce(Pattern.Match m);
  }

  /** A rule from a name, a production and its pattern elements. */
  static Rule of(String name, Production production, Pattern.Elem... pattern) {
    return new Rule(name, List.of(pattern), production);
  }

  /** The atom keys that can start this rule, or null when it starts with a number. */
  Set<String> triggers() {
    return elems[0].triggers();
  }

  @Override
  public String toString() {
    return "Rule[" + name + "]";
  }
}
