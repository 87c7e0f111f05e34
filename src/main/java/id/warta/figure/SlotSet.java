package id.warta.figure;

import java.util.Set;

/**
 * A set of keys as one bit per {@link KeyIndex} slot: whether an atom's key is in it takes the
 * atom's slot (found once per atom) and one array read, with no lower-case string, key string or
 * hash-set probe. Keys the index cannot read exactly ({@link KeyIndex#UNREADABLE}) are looked up in
 * the set itself.
 *
 * <p>Immutable and thread-safe.
 */
final class SlotSet {
  private final Set<String> keys;
  private final long[] bits;

  /**
   * @param keys keys ({@link PhraseTable#key}) that {@code index} all holds
   * @throws IllegalStateException if {@code index} lacks one of them
   */
  SlotSet(Set<String> keys, KeyIndex index) {
    this.keys = Set.copyOf(keys);
    this.bits = new long[(index.size() + 63) >>> 6];
    for (String k : this.keys) {
      int slot = index.slotOf(k);
      if (slot < 0) {
        throw new IllegalStateException("key not indexed: " + k);
      }
      bits[slot >>> 6] |= 1L << slot;
    }
  }

  /** Whether the key of atom {@code i} of {@code s} is in this set (false outside the window). */
  boolean containsKeyOf(Scan s, int i) {
    int slot = s.slot(i);
    if (slot >= 0) {
      return (bits[slot >>> 6] & 1L << slot) != 0;
    }
    return slot == KeyIndex.UNREADABLE && keys.contains(s.atom(i).key());
  }
}
