package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.entity.EntityEvaluator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalEntitiesCommandTest {
  @TempDir Path dir;

  private static String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      assertEquals(0, WartaCli.run(args));
    } finally {
      System.setOut(old);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonHasOverallAndPerTypeScoresInPercent() throws Exception {
    Path f = dir.resolve("gold.conll");
    Files.writeString(f, "Presiden\tO\nJoko\tB-PER\nWidodo\tI-PER\nberkunjung\tO\nke\tO\nSurabaya\tB-LOC\n.\tO\n\n",
        StandardCharsets.UTF_8);
    JsonNode root = Json.MAPPER.readTree(run("eval", "entities", "--conll", f.toString(), "--json"));
    assertTrue(root.has("overall"));
    assertTrue(root.has("PER"));
    assertTrue(root.has("LOC"));
    double f1 = root.get("overall").get("f1").asDouble();
    assertTrue(f1 >= 0 && f1 <= 100, root.toString());
  }

  @Test
  void textReportListsErrors() throws Exception {
    Path f = dir.resolve("gold.conll");
    Files.writeString(f, "pemerintah\tO\nIndonesia\tO\n.\tO\n\n", StandardCharsets.UTF_8);
    String out = run("eval", "entities", "--conll", f.toString());
    assertTrue(out.contains("overall"), out);
    assertTrue(out.contains("most frequent errors"), out);
  }

  @Test
  void countryModifierErrorsAreRecognized() {
    assertTrue(EvalEntitiesCommand.countryLocNotInGold(new EntityEvaluator.Error(EntityEvaluator.ErrorKind.SPURIOUS, null, "LOC [Indonesia]")));
    assertTrue(!EvalEntitiesCommand.countryLocNotInGold(new EntityEvaluator.Error(EntityEvaluator.ErrorKind.SPURIOUS, null, "LOC [Bandung]")));
  }
}
