package id.warta.figure;

import java.util.List;
import java.util.Set;

/**
 * A named figure rule in the style of Duckling: a human-readable name, a pattern of elements
 * matched over atoms (built once, when the rule is made) and a pure production that turns the
 * captured parts into a {@link Reading}, or rejects them with null.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name what the rule reads ("number with percent sign")
 * @param pattern the elements, in order
 * @param production the reading of a match
 */
record Rule(String name, List<Pattern.Elem> pattern, Production production) {
  Rule {
    pattern = List.copyOf(pattern);
    if (pattern.isEmpty()) {
      throw new IllegalArgumentException("empty pattern in rule " + name);
    }
  }

  /** Whether the rule may match at atom {@code i}: a cheap look at the first two elements. */
  boolean mayMatch(Scan s, int i) {
    if (pattern.size() < 2) {
      return true;
    }
    int end = pattern.get(0).peekEnd(s, i);
    if (end < 0) {
      return true;
    }
    Pattern.Elem second = pattern.get(1);
    return Pattern.secondMayMatch(second, second.optional() ? null : second.triggers(), s, end);
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
    return pattern.get(0).triggers();
  }
}
