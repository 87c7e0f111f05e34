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

/** {@code warta eval lemmas} on a small hand-written file. */
class EvalLemmasCommandTest {
  @TempDir Path dir;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new WartaCli());
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute(args));
    return out.toString();
  }

  @Test
  void scoresOverallAndWithoutPropn() throws Exception {
    Path tsv = dir.resolve("gold.tsv");
    Files.writeString(tsv, "word\tlemma\tupos\n"
        + "menuliskan\ttulis\tVERB\n"
        + "rumahnya\trumah\tNOUN\n"
        + "kediri\tkediri\tPROPN\n"
        + "pemandu\tsalah\tNOUN\n", StandardCharsets.UTF_8);
    JsonNode j = Json.MAPPER.readTree(run("eval", "lemmas", "--tsv", tsv.toString(), "--json"));
    assertEquals(75.0, j.get("accuracy").asDouble(), 1e-9);
    assertEquals(66.67, j.get("accuracy_without_propn").asDouble(), 1e-9);
    assertEquals(4, j.get("rows").asInt());
    String text = run("eval", "lemmas", "--tsv", tsv.toString());
    assertTrue(text.contains("pemandu -> pandu (gold salah, NOUN)"), text);
  }

  @Test
  void informalMode() throws Exception {
    Path tsv = dir.resolve("informal.tsv");
    Files.writeString(tsv, "word\tlemma\nnyoba\tcoba\n", StandardCharsets.UTF_8);
    assertEquals(100.0, Json.MAPPER.readTree(run("eval", "lemmas", "--informal", "--json", "--tsv", tsv.toString())).get("accuracy").asDouble(), 1e-9);
    assertEquals(0.0, Json.MAPPER.readTree(run("eval", "lemmas", "--json", "--tsv", tsv.toString())).get("accuracy").asDouble(), 1e-9);
  }
}
