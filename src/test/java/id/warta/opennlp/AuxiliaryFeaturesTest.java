package id.warta.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

class AuxiliaryFeaturesTest {
  private static final String[] OUTCOMES = {"other", "PER-start"};
  private static final String[] LABELS = {"w=budi", "aux:w=budi", "s=Xx", "aux:s=Xx"};
  private static final Context[] PARAMS = {
      new Context(new int[] {1}, new double[] {2.0}),
      new Context(new int[] {0}, new double[] {5.0}),
      new Context(new int[] {0, 1}, new double[] {0.5, 1.0}),
      new Context(new int[] {1}, new double[] {-3.0})};

  @Test
  void markingPrefixesTheFirstTokenOfACopy() {
    String[] tokens = {"Budi", "datang"};
    String[] marked = AuxiliaryFeatures.mark(tokens);
    assertEquals(AuxiliaryFeatures.MARK + "Budi", marked[0]);
    assertEquals("Budi", tokens[0]);
    assertTrue(AuxiliaryFeatures.isMarked(marked));
    assertFalse(AuxiliaryFeatures.isMarked(tokens));
    assertThrows(IllegalArgumentException.class, () -> AuxiliaryFeatures.mark(new String[0]));
  }

  @Test
  void pruningKeepsEveryUnmarkedScore() {
    for (MaxentModel full : new MaxentModel[] {new PerceptronModel(PARAMS, LABELS, OUTCOMES), new GISModel(PARAMS, LABELS, OUTCOMES)}) {
      MaxentModel pruned = AuxiliaryFeatures.withoutAuxiliary(full);
      @SuppressWarnings("unchecked")
      Map<String, Context> preds = (Map<String, Context>) ((AbstractModel) pruned).getDataStructures()[1];
      assertEquals(java.util.Set.of("w=budi", "s=Xx"), preds.keySet());
      for (String[] context : new String[][] {{"w=budi"}, {"s=Xx"}, {"w=budi", "s=Xx"}, {"w=other"}}) {
        assertArrayEquals(full.eval(context), pruned.eval(context), 1e-12, String.join(",", context));
      }
      assertEquals(((AbstractModel) full).getModelType(), ((AbstractModel) pruned).getModelType());
    }
  }

  @Test
  void foldingAddsTheWeightedSourceParametersToTheShared() {
    MaxentModel full = new PerceptronModel(PARAMS, LABELS, OUTCOMES);
    MaxentModel half = AuxiliaryFeatures.folded(full, 0.5);
    MaxentModel one = AuxiliaryFeatures.folded(full, 1);
    for (String[] context : new String[][] {{"w=budi"}, {"s=Xx"}, {"w=budi", "s=Xx"}}) {
      String[] marked = java.util.Arrays.stream(context).flatMap(f -> java.util.stream.Stream.of(f, "aux:" + f)).toArray(String[]::new);
      assertArrayEquals(full.eval(marked), one.eval(context), 1e-12, String.join(",", context));
    }
    // w=budi: other 0 + 0.5 * 5 = 2.5, PER-start 2 + 0 = 2: "other" wins at 0.5, PER-start at 0
    assertEquals("other", half.getBestOutcome(half.eval(new String[] {"w=budi"})));
    MaxentModel none = AuxiliaryFeatures.folded(full, 0);
    assertEquals("PER-start", none.getBestOutcome(none.eval(new String[] {"w=budi"})));
    assertThrows(IllegalArgumentException.class, () -> AuxiliaryFeatures.folded(full, 1.5));
    assertThrows(IllegalArgumentException.class, () -> AuxiliaryFeatures.folded(full, Double.NaN));
  }
}
