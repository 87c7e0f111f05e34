package id.warta.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class WartaNameFinderTest {
  @Test
  void typedSpansWithProbabilities() {
    TokenNameFinder finder = new WartaNameFinder();
    String[] tokens = {"Presiden", "Direktur", "PT", "Toyota-Astra", "Motor", "meluncurkan", "Toyota", "Avanza", "di", "Jakarta", "."};
    Span[] spans = finder.find(tokens);
    List<String> got = Arrays.stream(spans).map(s -> s.getType() + ":" + String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd()))).toList();
    assertTrue(got.contains("ORG:PT Toyota-Astra Motor"), got.toString());
    assertTrue(got.contains("PRODUCT:Toyota Avanza"), got.toString());
    assertTrue(got.contains("LOC:Jakarta"), got.toString());
    for (Span s : spans) {
      assertTrue(s.getProb() > 0 && s.getProb() <= 1, s.toString());
    }
    finder.clearAdaptiveData();
    assertEquals(got.size(), finder.find(tokens).length);
  }

  @Test
  void shapesCollapseRuns() {
    assertEquals("Xx", WartaFeatureGenerator.shape("Toyota"));
    assertEquals("X", WartaFeatureGenerator.shape("BMW"));
    assertEquals("Xd", WartaFeatureGenerator.shape("M2"));
    assertEquals("xXx", WartaFeatureGenerator.shape("iPhone"));
    assertEquals("Xx-Xx", WartaFeatureGenerator.shape("Toyota-Astra"));
    assertEquals("(Xx)", WartaFeatureGenerator.shape("(Bawaslu)"));
  }
}
