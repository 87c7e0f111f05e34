package id.warta.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TriggerTableTest {
  private static final TriggerTable TABLE = new TriggerTable(List.of("tahun", "Tahun", "TAHUN", "dua", "Rp", "kemarin", "a"));

  @ParameterizedTest(name = "{0} is a trigger")
  @ValueSource(strings = {"tahun", "Tahun", "TAHUN", "dua", "Rp", "kemarin", "a"})
  void containsTheWordsAsWritten(String w) {
    assertTrue(TABLE.contains(w, 0, w.length()), w);
  }

  @ParameterizedTest(name = "{0} is not")
  @ValueSource(strings = {"tAhun", "tahu", "tahunan", "Dua", "RP", "kemarim", "b", "ta", "duaa"})
  void mustNotMatch(String w) {
    assertFalse(TABLE.contains(w, 0, w.length()), w);
  }

  @Test
  void readsTheWordInPlace() {
    String text = "naik dua tahun lalu";
    assertTrue(TABLE.contains(text, 5, 8));
    assertTrue(TABLE.contains(text, 9, 14));
    assertFalse(TABLE.contains(text, 15, 19));
  }

  /** The same answers as a hash set, on random words and a random vocabulary. */
  @Test
  void agreesWithASet() {
    Random r = new Random(3);
    String alphabet = "aeiknrtuAKT";
    List<String> vocab = new ArrayList<>();
    for (int k = 0; k < 400; k++) {
      vocab.add(random(r, alphabet));
    }
    Set<String> set = new HashSet<>(vocab);
    TriggerTable t = new TriggerTable(set);
    for (int k = 0; k < 50_000; k++) {
      String w = k % 3 == 0 ? vocab.get(r.nextInt(vocab.size())) : random(r, alphabet);
      assertEquals(set.contains(w), t.contains(w, 0, w.length()), w);
    }
  }

  private static String random(Random r, String alphabet) {
    StringBuilder b = new StringBuilder();
    for (int n = 1 + r.nextInt(6); n > 0; n--) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
