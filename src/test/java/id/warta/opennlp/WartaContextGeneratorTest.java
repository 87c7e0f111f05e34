package id.warta.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.entity.Gazetteer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Source-specific feature copies: only for marked sentences, only in a training generator. */
class WartaContextGeneratorTest {
  private static final String[] SENTENCE = {"Presiden", "Joko", "Widodo", "tiba", "di", "Bandung", "."};
  private static final String[] PREDS = {"other", "PER-start", "PER-cont", "other", "other", "other", "other"};

  private static String[] marked() {
    return AuxiliaryFeatures.mark(SENTENCE);
  }

  @Test
  void markedSentencesGetTheSharedFeaturesAndPrefixedCopies() {
    WartaContextGenerator plain = new WartaContextGenerator(Gazetteer.standard());
    WartaContextGenerator training = new WartaContextGenerator(Gazetteer.standard(), true);
    String[] tokens = marked();
    for (int i = 0; i < SENTENCE.length; i++) {
      String[] shared = plain.getContext(i, SENTENCE, PREDS, null);
      String[] both = training.getContext(i, tokens, PREDS, null);
      assertEquals(2 * shared.length, both.length, "token " + i);
      assertArrayEquals(shared, Arrays.copyOf(both, shared.length), "token " + i);
      for (int k = 0; k < shared.length; k++) {
        assertEquals("aux:" + shared[k], both[shared.length + k]);
      }
    }
  }

  @Test
  void unmarkedSentencesAreUnchangedInATrainingGenerator() {
    WartaContextGenerator plain = new WartaContextGenerator(Gazetteer.standard());
    WartaContextGenerator training = new WartaContextGenerator(Gazetteer.standard(), true);
    for (int i = 0; i < SENTENCE.length; i++) {
      assertArrayEquals(plain.getContext(i, SENTENCE, PREDS, null), training.getContext(i, SENTENCE, PREDS, null));
    }
  }

  @Test
  void theLoadersGeneratorNeverEmitsSourceFeatures() {
    WartaContextGenerator loaded = (WartaContextGenerator) new WartaNameFinderFactory().createContextGenerator();
    String[] tokens = marked();
    for (int i = 0; i < tokens.length; i++) {
      assertTrue(Arrays.stream(loaded.getContext(i, tokens, PREDS, null)).noneMatch(f -> f.startsWith("aux:")));
    }
  }
}
