package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bad option combinations of train entities fail before any training, with a clear message. */
class TrainEntitiesCommandTest {
  @Test
  void aSourceWeightNeedsSourceFeatures() {
    CliRunner.Result r = CliRunner.run("train", "entities", "--split-only", "--conll-source-weight", "0.2");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--conll-source-weight needs --conll-source-features"), r.err());
  }

  @Test
  void aSourceWeightOutsideZeroToOneIsRejected() {
    CliRunner.Result r = CliRunner.run("train", "entities", "--split-only", "--conll-source-features", "--conll-source-weight", "1.5");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("between 0 and 1"), r.err());
  }
}
