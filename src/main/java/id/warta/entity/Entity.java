package id.warta.entity;

import java.util.Objects;

/**
 * A named-entity mention: its type, its text and offsets in the original text, and a confidence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the entity type
 * @param text the mention as written ({@code original.substring(start, end)})
 * @param start offset of the first character
 * @param end offset after the last character
 * @param score confidence in [0, 1]
 */
public record Entity(EntityType type, String text, int start, int end, double score) {
  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException("bad entity offsets " + start + ".." + end + " for '" + text + "'");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score out of [0, 1]: " + score);
    }
  }
}
