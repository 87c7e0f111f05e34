package id.warta.entity;

import java.util.Objects;

/**
 * An entity mention over token indices: tokens {@code [start, end)} of one sentence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start index of the first token
 * @param end index after the last token
 * @param type the entity type
 * @param score confidence in [0, 1] (1 for gold mentions)
 */
public record TokenMention(int start, int end, EntityType type, double score) {
  public TokenMention {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span " + start + ".." + end);
    }
  }

  /** A gold mention (score 1). */
  public static TokenMention gold(int start, int end, EntityType type) {
    return new TokenMention(start, end, type, 1.0);
  }

  /** The number of tokens. */
  public int length() {
    return end - start;
  }

  /** Whether this mention shares a token with {@code o}. */
  public boolean overlaps(TokenMention o) {
    return start < o.end && o.start < end;
  }

  /** Whether the spans and types are equal, whatever the scores. */
  public boolean sameAs(TokenMention o) {
    return start == o.start && end == o.end && type == o.type;
  }
}
