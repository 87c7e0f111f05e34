package id.warta.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class WartaSentenceDetectorTest {
  private final WartaSentenceDetector detector = new WartaSentenceDetector();

  @Test
  void splitsSentencesWithSpans() {
    String text = "Dr. Andi tiba di Jl. Sudirman. Ia senang!  Lalu pergi.";
    assertArrayEquals(new String[] {"Dr. Andi tiba di Jl. Sudirman.", "Ia senang!", "Lalu pergi."}, detector.sentDetect(text));
    Span[] spans = detector.sentPosDetect(text);
    assertEquals(new Span(0, 30), spans[0]);
    assertEquals(43, spans[2].getStart());
  }
}
