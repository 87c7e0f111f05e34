package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code eval} command rejects an unusable gold file with a one-line error, never a stack trace or a score of nothing. */
class GoldFilesTest {
  @TempDir Path dir;

  private static final byte[] INVALID_UTF8 = {'N', 'a', 'i', 'k', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
  private static final byte[] GZIP = {(byte) 0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, (byte) 0xCB, (byte) 0x48};
  private static final byte[] EMPTY = {};
  private static final byte[] BLANK = " \n\t\n".getBytes(StandardCharsets.UTF_8);

  static Stream<Arguments> badGoldFiles() {
    List<Arguments> out = new ArrayList<>();
    String[][] commands = {
      {"figures", "--gold"}, {"segmentation", "--conllu"}, {"lemmas", "--tsv"}, {"entities", "--conll"}};
    Object[][] contents = {
      {INVALID_UTF8, "not valid UTF-8"}, {GZIP, "binary"}, {EMPTY, "empty"}, {BLANK, "empty"}};
    for (String[] c : commands) {
      for (Object[] content : contents) {
        out.add(Arguments.of(c[0], c[1], content[0], content[1]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "eval {0} {1} <{3}>")
  @MethodSource("badGoldFiles")
  void unusableGoldFileIsAOneLineError(String command, String option, byte[] content, String reason) throws Exception {
    Path gold = Files.write(dir.resolve("gold.txt"), content);
    assertOneLineError(reason, CliRunner.run("eval", command, option, gold.toString()));
  }

  static Stream<Arguments> goldFilesWithoutCases() {
    return Stream.of(
        Arguments.of("figures", "--gold", "# a comment and nothing else\n"),
        Arguments.of("segmentation", "--conllu", "# newdoc id = x\n"),
        Arguments.of("lemmas", "--tsv", "word\tlemma\n"));
  }

  @ParameterizedTest(name = "eval {0} {1} <{2}>")
  @MethodSource("goldFilesWithoutCases")
  void goldFileWithoutCasesIsAnError(String command, String option, String content) throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.txt"), content, StandardCharsets.UTF_8);
    assertOneLineError("no cases", CliRunner.run("eval", command, option, gold.toString()));
  }

  @ParameterizedTest(name = "eval figures --gold g {0} <bad UTF-8>")
  @MethodSource("standoffOptions")
  void invalidUtf8StandoffTextsAreAOneLineError(String option) throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.txt"), "= s1\n", StandardCharsets.UTF_8);
    Path texts = Files.write(dir.resolve("texts.txt"), INVALID_UTF8);
    assertOneLineError("not valid UTF-8", CliRunner.run("eval", "figures", "--gold", gold.toString(), option, texts.toString()));
  }

  static Stream<String> standoffOptions() {
    return Stream.of("--conllu", "--conll");
  }

  @ParameterizedTest(name = "eval entities --conll <{0}>")
  @MethodSource("malformedConll")
  void malformedConllIsAOneLineError(String content, String reason) throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.conll"), content, StandardCharsets.UTF_8);
    assertOneLineError(reason, CliRunner.run("eval", "entities", "--conll", gold.toString()));
  }

  static Stream<Arguments> malformedConll() {
    return Stream.of(Arguments.of("Harga naik lima persen.\n", "expected token<TAB>tag"));
  }

  /** A non-zero status and a first stderr line that names the problem; no stack trace anywhere. */
  private static void assertOneLineError(String reason, CliRunner.Result r) {
    assertTrue(r.status() != 0, "status " + r.status() + ", out: " + r.out());
    String first = r.err().lines().findFirst().orElse("");
    assertTrue(first.contains(reason), "first line should say '" + reason + "': " + r.err());
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "a stack trace: " + r.err());
    assertEquals(0, r.out().length(), "no scores: " + r.out());
  }
}
