package id.warta.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One lemmatizer shared by 8 threads gives the same output as one thread. */
class LemmatizerConcurrencyTest {
  private static final String[] WORDS = {
      "perusahaan-perusahaan", "kendaraannya", "berkendara", "mobil-mobil", "menuliskan", "dibacakan",
      "pemerintahan", "keberangkatan", "mempertanyakan", "rumahnya", "apakah", "penjualan", "Jakarta",
      "memperbaiki", "ketidakpastian", "terus-menerus", "berbeda-beda", "pengiriman", "sayur-mayur",
      "diberlakukan", "kepemimpinan", "pertumbuhan", "meningkatkan", "menurunkan", "perbankan"};

  @Test
  void eightThreadsAgreeWithOne() throws Exception {
    Lemmatizer shared = Lemmatizer.builder().cacheSize(64).build();
    List<String> input = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      for (String w : WORDS) {
        input.add(i % 3 == 0 ? w : w + (i % 7 == 0 ? "lah" : ""));
      }
    }
    Lemmatizer reference = Lemmatizer.builder().cacheSize(0).build();
    List<String> expected = new ArrayList<>();
    for (String w : input) {
      expected.add(reference.analyze(w).toString());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          List<String> out = new ArrayList<>();
          for (String w : input) {
            out.add(shared.analyze(w).toString());
          }
          return out;
        }));
      }
      for (Future<List<String>> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
