package id.warta.morph;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A small bounded cache of analyses: direct-mapped (one slot per hash bucket, a newer word simply
 * replaces an older one), lock-free, never larger than its capacity.
 *
 * <p>Thread-safe: slots hold immutable entries published through an {@link AtomicReferenceArray}.
 */
final class LemmaCache {
  private record Slot(String key, Analysis value) {}

  private final AtomicReferenceArray<Slot> slots;
  private final int mask;

  /** A cache of at least {@code capacity} slots (rounded up to a power of two). */
  LemmaCache(int capacity) {
    int cap = Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
    slots = new AtomicReferenceArray<>(cap);
    mask = cap - 1;
  }

  Analysis get(String key) {
    Slot s = slots.getAcquire(index(key));
    return s != null && s.key.equals(key) ? s.value : null;
  }

  void put(String key, Analysis value) {
    slots.setRelease(index(key), new Slot(key, value));
  }

  int capacity() {
    return mask + 1;
  }

  private int index(String key) {
    int h = key.hashCode() * 0x9E3779B9;
    return (h ^ (h >>> 15)) & mask;
  }
}
