package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code warta eval figures}. */
class EvalFiguresCommandTest {
  @TempDir Path dir;

  @Test
  void scoresAGoldFile() throws Exception {
    Path gold = dir.resolve("gold.txt");
    Files.writeString(gold, String.join("\n",
        "@date 2024-03-15",
        "> Laba naik 6% menjadi Rp4,17 triliun kemarin.",
        "PERCENT | 6% | 6 | %",
        "MONEY | Rp4,17 triliun | 4170000000000 | IDR",
        "DATE | kemarin | 2024-03-14",
        "> Peugeot 3008 hadir di Jakarta.",
        ""), StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new WartaCli());
    cl.setOut(new PrintWriter(out));
    int rc = cl.execute("eval", "figures", "--gold", gold.toString(), "--json");
    assertEquals(0, rc);
    JsonNode json = Json.MAPPER.readTree(out.toString());
    assertEquals(100.0, json.get("span").get("f1").asDouble());
    assertEquals(100.0, json.get("accuracy").get("value").asDouble());
    assertEquals(2, json.get("counts").get("cases").asInt());
  }

  @Test
  void reportsABadGoldFile() throws Exception {
    Path gold = dir.resolve("bad.txt");
    Files.writeString(gold, "> Laba naik 6%.\nPERCENT | 7% | 7\n", StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new WartaCli());
    cl.setErr(new PrintWriter(err));
    int rc = cl.execute("eval", "figures", "--gold", gold.toString());
    assertTrue(rc != 0);
    assertTrue(err.toString().contains("not in the case text"), err.toString());
  }
}
