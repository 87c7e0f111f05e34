package id.warta.lucene;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.internal.DataFiles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled stop list: one lowercase ASCII word per line, no duplicates. */
class StopwordsFormatTest {
  @Test
  void oneLowercaseWordPerLine() {
    List<String> words = DataFiles.lines(WartaAnalyzer.class, "stopwords.txt");
    Set<String> seen = new HashSet<>();
    for (String w : words) {
      assertTrue(w.matches("[a-z]+"), "stopwords.txt: not a lowercase word: '" + w + "'");
      assertTrue(seen.add(w), "stopwords.txt: duplicate " + w);
    }
    assertTrue(words.size() > 50);
    assertTrue(WartaAnalyzer.getDefaultStopSet().contains("yang"));
  }
}
