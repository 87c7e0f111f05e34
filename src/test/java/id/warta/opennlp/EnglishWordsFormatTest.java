package id.warta.opennlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.internal.DataFiles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled English word list: one lowercase ASCII word per line, no duplicates, no names. */
class EnglishWordsFormatTest {
  @Test
  void oneLowercaseWordPerLine() {
    List<String> words = DataFiles.lines(WartaFeatureGenerator.class, "english-words.txt");
    Set<String> seen = new HashSet<>();
    for (String w : words) {
      assertTrue(w.matches("[a-z]+"), "english-words.txt: not a lowercase word: '" + w + "'");
      assertTrue(seen.add(w), "english-words.txt: duplicate " + w);
    }
    assertTrue(words.size() > 500);
    assertTrue(WartaFeatureGenerator.ENGLISH.contains("weekend"));
    assertFalse(WartaFeatureGenerator.ENGLISH.contains("toyota"));
  }
}
