package id.warta.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The analysis cache is bounded and returns what was put. */
class LemmaCacheTest {
  @Test
  void capacityIsAPowerOfTwo() {
    assertEquals(8, new LemmaCache(5).capacity());
    assertEquals(2, new LemmaCache(0).capacity());
    assertEquals(1 << 15, new LemmaCache(Lemmatizer.DEFAULT_CACHE_SIZE).capacity());
  }

  @Test
  void returnsWhatWasPutAndForgetsOldEntriesInsteadOfGrowing() {
    LemmaCache cache = new LemmaCache(4);
    Analysis a = Analysis.identity("rumah", true);
    cache.put("rumah", a);
    assertSame(a, cache.get("rumah"));
    assertNull(cache.get("mobil"));
    int found = 0;
    for (int i = 0; i < 1000; i++) {
      cache.put("w" + i, Analysis.identity("w" + i, false));
    }
    for (int i = 0; i < 1000; i++) {
      if (cache.get("w" + i) != null) {
        found++;
      }
    }
    assertTrue(found <= cache.capacity(), "at most " + cache.capacity() + " entries, found " + found);
  }

  @Test
  void cachedAndUncachedLemmatizersAgree() {
    Lemmatizer cached = Lemmatizer.builder().cacheSize(16).build();
    Lemmatizer uncached = Lemmatizer.builder().cacheSize(0).build();
    for (String w : new String[] {"menuliskan", "rumahnya", "Jakarta", "mobil-mobil", "menuliskan", "rumahnya"}) {
      assertEquals(uncached.analyze(w), cached.analyze(w));
    }
  }
}
