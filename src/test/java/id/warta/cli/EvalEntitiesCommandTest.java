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

  @org.junit.jupiter.params.ParameterizedTest(name = "--model {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"missing.bin", "not-a-model.bin"})
  void unusableModelIsAOneLineUsageError(String name) throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.conll"), "Harga\tO\nnaik\tO\n\n", StandardCharsets.UTF_8);
    Files.write(dir.resolve("not-a-model.bin"), new byte[] {(byte) 0x1F, (byte) 0x8B, 8, 0, 1, 2});
    Path model = dir.resolve(name);
    CliRunner.Result r = CliRunner.run("eval", "entities", "--conll", gold.toString(), "--model", model.toString());
    assertEquals(2, r.status(), r.err());
    String first = r.err().lines().findFirst().orElse("");
    assertTrue(first.contains(model.toString()), r.err());
    assertTrue(!r.err().contains("\tat "), "a stack trace: " + r.err());
  }
}
