package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad option combinations of train entities fail before any training, with a clear message. */
class TrainEntitiesCommandTest {
  @TempDir Path dir;

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

  static Stream<Arguments> unusableTrainingFiles() {
    byte[] invalidUtf8 = {'J', 'o', 'k', 'o', '\t', 'B', '-', 'P', 'E', 'R', (byte) 0xC3, (byte) 0x28, '\n'};
    return Stream.of(
        Arguments.of("--conll", "data.conll", invalidUtf8, "not valid UTF-8"),
        Arguments.of("--conll", "data.conll", "Joko Widodo datang.\n".getBytes(StandardCharsets.UTF_8), "expected token<TAB>tag"),
        Arguments.of("--conll", "missing.conll", null, "not a readable file"),
        Arguments.of("--corpus", "missing-dir", null, "not a directory"));
  }

  @ParameterizedTest(name = "{0} {1} <{3}>")
  @MethodSource("unusableTrainingFiles")
  void unusableTrainingDataIsAOneLineUsageError(String option, String name, byte[] content, String reason) throws Exception {
    Path f = dir.resolve(name);
    if (content != null) {
      Files.write(f, content);
    }
    String[] source = option.equals("--conll") ? new String[] {"--no-corpus", "--conll", f.toString()} : new String[] {"--corpus", f.toString()};
    String[] args = Stream.concat(Stream.of("train", "entities", "--out", dir.resolve("m.bin").toString()), Stream.of(source))
        .toArray(String[]::new);
    CliRunner.Result r = CliRunner.run(args);
    assertEquals(2, r.status(), r.err());
    String first = r.err().lines().findFirst().orElse("");
    assertTrue(first.contains(reason) && first.contains(name), r.err());
    assertTrue(!r.err().contains("\tat "), "a stack trace: " + r.err());
  }
}
