package id.warta.morph;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A small bounded cache of analyses: two-way set-associative (each word hashes to a pair of slots;
 * a new word goes to the first slot and pushes the previous occupant to the second), lock-free,
 * never larger than its capacity.
 *
 * <p>Thread-safe: slots hold immutable entries published through an {@link AtomicReferenceArray};
 * a racing writer can only make another word miss once.
 */
final class LemmaCache {
  private record Slot(int hash, String key, Analysis value) {}

  private final AtomicReferenceArray<Slot> slots;
  private final int mask;

  /** A cache of at least {@code capacity} slots (rounded up to a power of two, at least 2). */
  LemmaCache(int capacity) {
    int cap = capacity <= 2 ? 2 : Integer.highestOneBit(capacity - 1) << 1;
    slots = new AtomicReferenceArray<>(cap);
    mask = cap - 1;
  }

  Analysis get(String key) {
    int h = key.hashCode();
    int i = index(h);
    Slot s = slots.getAcquire(i);
    if (s != null && s.hash == h && s.key.equals(key)) {
      return s.value;
    }
    s = slots.getAcquire(i + 1);
    return s != null && s.hash == h && s.key.equals(key) ? s.value : null;
  }

  void put(String key, Analysis value) {
    int h = key.hashCode();
    int i = index(h);
    Slot first = slots.getAcquire(i);
    if (first != null) {
      slots.setRelease(i + 1, first);
    }
    slots.setRelease(i, new Slot(h, key, value));
  }

  int capacity() {
    return mask + 1;
  }

  private int index(int hash) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 15)) & mask & ~1;
  }
}
