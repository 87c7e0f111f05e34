package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  @TempDir Path dir;

  @Test
  void jsonlHasOneObjectPerDocumentWithOffsets() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Penjualan naik 6%. Laba Rp4,17 triliun.", StandardCharsets.UTF_8);
    Path b = Files.writeString(dir.resolve("b.txt"), "Dr. Andi tiba.", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("analyze", "--format", "jsonl", a.toString(), b.toString());
    assertEquals(0, r.status(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(2, lines.length);
    JsonNode doc = Json.MAPPER.readTree(lines[0]);
    assertEquals(a.toString(), doc.get("source").asText());
    JsonNode sentences = doc.get("sentences");
    assertEquals(2, sentences.size());
    JsonNode pct = sentences.get(0).get("tokens").get(3);
    assertEquals("%", pct.get("text").asText());
    assertEquals(16, pct.get("start").asInt());
    assertEquals(17, pct.get("end").asInt());
    assertEquals("SYMBOL", pct.get("kind").asText());
    assertTrue(doc.get("entities").isArray());
    assertTrue(doc.get("figures").isArray());
    assertEquals("Dr.", Json.MAPPER.readTree(lines[1]).get("sentences").get(0).get("tokens").get(0).get("text").asText());
  }

  @Test
  void textFormatEscapesControlCharacters() {
    byte[] in = "Harga naik\u001B[31m 5 persen.".getBytes(StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.runWithInput(in, "analyze", "--format", "text");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("\\u001B"), r.out());
    assertTrue(r.out().chars().noneMatch(c -> c == 0x1B), "a raw ESC reached the output");
    assertTrue(r.out().contains("5 persen  = 5 %"), r.out());
  }

  @Test
  void readsStandardInput() {
    CliRunner.Result r = CliRunner.runWithInput("Halo dunia.".getBytes(StandardCharsets.UTF_8), "analyze", "-f", "jsonl");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("\"source\":\"-\""));
    assertTrue(r.out().contains("\"text\":\"dunia\""));
  }

  @Test
  void badInputsGiveOneLineErrorsAndTheOthersAreStillProcessed() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "Baik.", StandardCharsets.UTF_8);
    Path invalid = Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
    Path binary = Files.write(dir.resolve("bin.dat"), new byte[] {1, 2, 0, 3});
    Path missing = dir.resolve("missing.txt");
    CliRunner.Result r = CliRunner.run("analyze", "-f", "jsonl",
        invalid.toString(), missing.toString(), dir.toString(), binary.toString(), good.toString());
    assertEquals(1, r.status());
    String[] errors = r.err().strip().split("\n");
    assertEquals(4, errors.length, r.err());
    assertTrue(errors[0].contains("bad.txt") && errors[0].contains("not valid UTF-8"), errors[0]);
    assertTrue(errors[1].contains("no such file"), errors[1]);
    assertTrue(errors[2].contains("is a directory"), errors[2]);
    assertTrue(errors[3].contains("binary"), errors[3]);
    assertEquals(1, r.out().strip().split("\n").length);
    assertTrue(r.out().contains("good.txt"));
  }

  @Test
  void emptyFileIsAnEmptyDocument() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    CliRunner.Result r = CliRunner.run("analyze", "-f", "jsonl", empty.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("\"sentences\":[]"));
  }

  @Test
  void conllFormatListsTokensWithOffsets() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Naik 6%.", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("analyze", "--format", "conll", a.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("# text = Naik 6%."));
    assertTrue(r.out().contains("\t%\t"));
    assertTrue(r.out().contains("Start=6|End=7"));
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRunner.Result r = CliRunner.run("analyze", "--format", "xml");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("xml"));
  }

  @Test
  void textFormatSummarizes() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Satu. Dua.", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("analyze", a.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("2 sentences"), r.out());
  }

  @Test
  void overLimitInputSaysHowToSplitIt() throws Exception {
    Path big = Files.writeString(dir.resolve("big.txt"), "Kalimat pertama. Kalimat kedua yang panjang.", StandardCharsets.UTF_8);
    Path good = Files.writeString(dir.resolve("good.txt"), "Baik.", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.analyze(cmd -> cmd.maxLength = 20, "-f", "jsonl", big.toString(), good.toString());
    assertEquals(1, r.status());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("warta: " + big + ": too long for one document: 44 chars, the limit is 20; split"), r.err());
    assertTrue(r.err().contains("split -C ") && !r.err().contains("Warta.Builder"), r.err());
    assertEquals(1, r.out().lines().count());
  }

  @Test
  void outOfMemoryIsOneLineAndStopsTheRun() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Satu.", StandardCharsets.UTF_8);
    Path b = Files.writeString(dir.resolve("b.txt"), "Dua.", StandardCharsets.UTF_8);
    Path c = Files.writeString(dir.resolve("c.txt"), "Tiga.", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.analyze(cmd -> cmd.analyzer = (text, date) -> {
      throw new OutOfMemoryError("Java heap space");
    }, "-f", "jsonl", a.toString(), b.toString(), c.toString());
    assertEquals(1, r.status());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("warta: " + a + ": out of memory analyzing 5 chars"), r.err());
    assertTrue(r.err().contains("-Xmx") && r.err().contains("2 more files not analyzed"), r.err());
  }
}
