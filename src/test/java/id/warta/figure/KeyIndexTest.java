package id.warta.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyIndexTest {
  private static final KeyIndex INDEX = KeyIndex.empty()
      .with(KeyIndex.UNITS, List.of("km/jam", "meter persegi", "m²", "cc"))
      .with(KeyIndex.CURRENCIES, List.of("Rp", "US$", "dolar AS", "€"))
      .with(KeyIndex.STOP_WORDS, List.of("yang", "di"));

  private static long mask(String atom) {
    return INDEX.mask(atom, 0, atom.length());
  }

  private static boolean in(String atom, int bit) {
    return (mask(atom) & 1L << bit) != 0;
  }

  @ParameterizedTest(name = "{0} is in list {1}")
  @CsvSource({
      "km, 2", "KM, 2", "km/jam, 2", "meter, 2", "Meter, 2", "m, 2", "m², 2", "cc, 2", "CC, 2",
      "Rp, 1", "rp, 1", "Rp., 1", "US$, 1", "us, 1", "dolar, 1", "DOLAR, 1", "€, 1",
      "yang, 12", "Yang, 12", "di, 12"})
  void listedKeysHaveTheirBit(String atom, int bit) {
    assertTrue(in(atom, bit), atom);
  }

  @ParameterizedTest(name = "{0} is in no list")
  @CsvSource({"kami", "meters", "rpm", "dolari", "usd", "yan", "dia", "persegi", "jam", "AS", "5G", "%", "-"})
  void mustNotMatch(String atom) {
    assertEquals(KeyIndex.KNOWN, mask(atom), atom);
  }

  @Test
  void keysWithLettersItCannotFoldAreMaybeInEveryList() {
    assertEquals(KeyIndex.ALL, mask("Érika"));
    assertEquals(KeyIndex.ALL, mask("kafé"));
    assertEquals(KeyIndex.ALL, mask("—"));
  }

  /**
   * Keys around the length up to which they are packed into a long (nine) and longer ones, kept
   * apart: each listed key is found in any casing, and a word that differs from one only in its last
   * character, or is one character shorter or longer, is not.
   */
  @ParameterizedTest(name = "keys of {0} characters")
  @CsvSource({"8", "9", "10", "12", "20"})
  void keysShortAndLongAreExact(int length) {
    Random r = new Random(length);
    List<String> keys = new ArrayList<>();
    for (int k = 0; k < 50; k++) {
      keys.add(random(r, "abcdefghijklmnopqrstuvwxyz0123456789", length));
    }
    KeyIndex index = KeyIndex.empty().with(KeyIndex.UNITS, keys);
    for (String key : keys) {
      for (String atom : List.of(key, key.toUpperCase(Locale.ROOT))) {
        assertTrue((index.mask(atom, 0, atom.length()) & 1L << KeyIndex.UNITS) != 0, atom);
      }
      char last = key.charAt(length - 1);
      String other = key.substring(0, length - 1) + (last == 'z' ? 'a' : (char) (last + 1));
      for (String atom : List.of(other, key.substring(0, length - 1), key + "x")) {
        if (!keys.contains(atom)) {
          assertEquals(KeyIndex.KNOWN, index.mask(atom, 0, atom.length()), atom);
        }
      }
    }
  }

  @Test
  void readsTheAtomInPlace() {
    String text = "naik 40 km/jam";
    assertTrue((INDEX.mask(text, 8, 14) & 1L << KeyIndex.UNITS) != 0);
    assertEquals(KeyIndex.KNOWN, INDEX.mask(text, 0, 4));
  }

  /** The property the lookups rely on: a word whose key is listed always has the list's bit. */
  @Test
  void neverSaysNoToAListedKey() {
    Random r = new Random(7);
    String alphabet = "abcdeikmnrsuyAKMRS0123456789-./$%éÉ ²";
    List<String> words = new ArrayList<>();
    for (int k = 0; k < 300; k++) {
      words.add(random(r, alphabet, 1 + r.nextInt(6)));
    }
    KeyIndex index = KeyIndex.empty().with(KeyIndex.DEICTIC, words.subList(0, 150));
    for (String w : words.subList(0, 150)) {
      // any casing of a listed word, and any atom whose lower case is a listed word
      for (String atom : List.of(w, w.toUpperCase(Locale.ROOT), w.toLowerCase(Locale.ROOT))) {
        if (atom.isEmpty()) {
          continue;
        }
        if (PhraseTable.key(atom).equals(PhraseTable.key(w.toLowerCase(Locale.ROOT)))) {
          assertTrue((index.mask(atom, 0, atom.length()) & 1L << KeyIndex.DEICTIC) != 0, atom);
        }
      }
    }
    for (int k = 0; k < 20_000; k++) {
      String atom = random(r, alphabet, 1 + r.nextInt(6));
      String key = PhraseTable.key(atom);
      boolean listed = words.subList(0, 150).stream().anyMatch(w -> PhraseTable.key(w.toLowerCase(Locale.ROOT)).equals(key));
      if (listed) {
        assertTrue((index.mask(atom, 0, atom.length()) & 1L << KeyIndex.DEICTIC) != 0, atom);
      }
    }
  }

  private static String random(Random r, String alphabet, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
