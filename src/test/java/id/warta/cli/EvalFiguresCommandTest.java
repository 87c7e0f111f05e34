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
    JsonNode json = json("eval", "figures", "--gold", gold.toString(), "--json");
    assertEquals(100.0, json.get("span").get("f1").asDouble());
    assertEquals(100.0, json.get("accuracy").get("value").asDouble());
    assertEquals(2, json.get("counts").get("cases").asInt());
  }

  @Test
  void reportsABadGoldFile() throws Exception {
    Path gold = dir.resolve("bad.txt");
    Files.writeString(gold, "> Laba naik 6%.\nPERCENT | 7% | 7\n", StandardCharsets.UTF_8);
    String err = error("eval", "figures", "--gold", gold.toString());
    assertTrue(err.contains("not in the case text"), err);
  }

  @Test
  void scoresStandoffGoldOverTheSentencesOfAConlluFile() throws Exception {
    Path conllu = dir.resolve("t.conllu");
    Files.writeString(conllu, String.join("\n",
        "# sent_id = a1",
        "# text = Laba naik 6%.",
        "1\tLaba\t_\t_\t_\t_\t_\t_\t_\t_",
        "2\tnaik\t_\t_\t_\t_\t_\t_\t_\t_",
        "3\t6\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
        "4\t%\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
        "5\t.\t_\t_\t_\t_\t_\t_\t_\t_",
        "",
        "# sent_id = a2",
        "# text = Peugeot 3008 hadir.",
        "1\tPeugeot\t_\t_\t_\t_\t_\t_\t_\t_",
        "2\t3008\t_\t_\t_\t_\t_\t_\t_\t_",
        "3\thadir\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
        "4\t.\t_\t_\t_\t_\t_\t_\t_\t_",
        "", ""), StandardCharsets.UTF_8);
    Path gold = dir.resolve("gold.txt");
    Files.writeString(gold, "= a1\nPERCENT | 10-12 | 6 | %\n", StandardCharsets.UTF_8);
    JsonNode json = json("eval", "figures", "--gold", gold.toString(), "--conllu", conllu.toString(), "--json");
    assertEquals(2, json.get("counts").get("cases").asInt());
    assertEquals(1, json.get("counts").get("gold").asInt());
    assertEquals(100.0, json.get("span").get("f1").asDouble());
    assertEquals(100.0, json.get("accuracy").get("unit").asDouble());

    Files.writeString(gold, "= a1\nPERCENT | 10-99 | 6 | %\n", StandardCharsets.UTF_8);
    String err = error("eval", "figures", "--gold", gold.toString(), "--conllu", conllu.toString());
    assertTrue(err.contains("outside a text"), err);
  }

  @Test
  void scoresStandoffGoldOverTheSentencesOfATwoColumnConllFile() throws Exception {
    Path conll = dir.resolve("t.conll");
    Files.writeString(conll, "Peugeot\tB-ORG\nhadir\tO\n.\tO\n\nLaba\tO\nnaik\tO\n6%\tO\n.\tO\n\n", StandardCharsets.UTF_8);
    Path gold = dir.resolve("gold.txt");
    // the second sentence is "Laba naik 6% ." (tokens joined by single spaces)
    Files.writeString(gold, "= s2\nPERCENT | 10-12 | 6 | %\n", StandardCharsets.UTF_8);
    JsonNode json = json("eval", "figures", "--gold", gold.toString(), "--conll", conll.toString(), "--json");
    assertEquals(2, json.get("counts").get("cases").asInt());
    assertEquals(100.0, json.get("span").get("f1").asDouble());

    String err = error("eval", "figures", "--gold", gold.toString(), "--conll", conll.toString(), "--conllu", conll.toString());
    assertTrue(err.contains("not both"), err);
  }

  /** Runs the CLI with {@code args}, checks it succeeded, and reads what it printed as JSON. */
  private static JsonNode json(String... args) throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new WartaCli());
    cl.setOut(new PrintWriter(out));
    assertEquals(0, cl.execute(args));
    return Json.MAPPER.readTree(out.toString());
  }

  /** Runs the CLI with {@code args}, checks it failed, and returns what it printed on stderr. */
  private static String error(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new WartaCli());
    cl.setErr(new PrintWriter(err));
    assertTrue(cl.execute(args) != 0);
    return err.toString();
  }
}
