package id.warta.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbsTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      // verb roots, roots with -kan, verb roots with -i: as headlines write verbs
      "tangkap, true", "rendam, true", "jual, true", "siapkan, true", "salurkan, true", "targetkan, true",
      "genangi, true",
      // must not match: nouns, names and model names, a noun root with -i, short words
      "desa, false", "tenda, false", "peugeot, false", "xiaomi, false", "avanza, false", "bekasi, false",
      "reno, false", "vario, false", "kan, false", "i, false", "'', false"})
  void tellsHeadlineVerbs(String word, boolean verb) {
    assertEquals(verb, Verbs.isVerb(word), word);
  }
}
