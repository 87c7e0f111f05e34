package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalSegmentationCommandTest {
  @Test
  void printsJsonScoresInPercent() throws Exception {
    Path gold = Path.of(EvalSegmentationCommandTest.class.getResource("/id/warta/eval/tiny.conllu").toURI());
    CliRunner.Result r = CliRunner.run("eval", "segmentation", "--conllu", gold.toString(), "--json");
    assertEquals(0, r.status(), r.err());
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertEquals(100.0, j.get("tokens").get("f1").asDouble());
    assertEquals(100.0, j.get("sentences").get("recall").asDouble());
    assertTrue(j.has("words"));
  }

  @Test
  void missingFileIsAUsageError() {
    CliRunner.Result r = CliRunner.run("eval", "segmentation", "--conllu", "no/such.conllu");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("no/such.conllu"));
  }
}
