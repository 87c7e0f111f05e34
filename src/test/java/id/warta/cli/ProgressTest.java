package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Progress goes to standard error only, never shares a terminal line with data, and shows when it helps. */
class ProgressTest {
  @TempDir Path dir;
  private String a;
  private String b;
  private String c;

  @BeforeEach
  void files() throws Exception {
    a = Files.writeString(dir.resolve("a.txt"), "Penjualan naik 6%.", StandardCharsets.UTF_8).toString();
    b = Files.writeString(dir.resolve("b.txt"), "Banjir melanda 14 desa.", StandardCharsets.UTF_8).toString();
    c = Files.writeString(dir.resolve("c.txt"), "Dr. Andi tiba kemarin.", StandardCharsets.UTF_8).toString();
  }

  @ParameterizedTest(name = "option {0}, {1} files, stdout tty {2}, stderr tty {3} -> {4}")
  @CsvSource(nullValues = "auto", textBlock = """
      auto,  3, false, true,  BAR
      auto,  3, true,  true,  OFF
      auto,  3, false, false, OFF
      auto,  1, false, true,  OFF
      true,  1, true,  true,  BAR
      true,  3, false, false, LINES
      false, 3, false, true,  OFF
      """)
  void rule(Boolean option, int files, boolean stdoutTty, boolean stderrTty, Progress.Mode expected) {
    assertEquals(expected, Progress.mode(option, files, stdoutTty, stderrTty));
  }

  @Test
  void aBarShowsOnAStandardErrorTerminalWhenStandardOutputIsRedirected() {
    CliRunner.Result r = CliRunner.analyze(cmd -> cmd.terminals = fd -> fd == Terminals.STDERR, "-f", "jsonl", a, b, c);
    assertEquals(0, r.status(), r.err());
    assertTrue(r.err().contains("] 3/3 done"), r.err());
    assertNoProgress(r.out());
    assertEquals(3, r.out().lines().count());
  }

  @Test
  void noBarByDefaultWhenStandardOutputIsTheTerminalOrStandardErrorIsNot() {
    for (Terminals t : List.<Terminals>of(fd -> true, fd -> fd == Terminals.STDOUT, fd -> false)) {
      CliRunner.Result r = CliRunner.analyze(cmd -> cmd.terminals = t, a, b, c);
      assertEquals(0, r.status(), r.err());
      assertEquals("", r.err());
    }
  }

  @Test
  void noProgressWinsEverywhere() {
    CliRunner.Result r = CliRunner.analyze(cmd -> cmd.terminals = fd -> fd == Terminals.STDERR, "--no-progress", a, b);
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
  }

  @Test
  void forcedProgressIsPlainLinesWhenStandardErrorIsNotATerminal() {
    CliRunner.Result r = CliRunner.analyze(cmd -> cmd.terminals = fd -> false, "--progress", "-f", "jsonl", a, b);
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("warta: [1/2] " + a, "warta: [2/2] " + b), r.err().lines().toList());
    assertNoProgress(r.out());
  }

  @Test
  void forcedBarNeverGoesToStandardOutput() {
    for (String format : List.of("text", "jsonl", "conll")) {
      CliRunner.Result r = CliRunner.analyze(cmd -> cmd.terminals = fd -> true, "--progress", "-f", format, a, b, c);
      assertEquals(0, r.status(), r.err());
      assertTrue(r.err().contains("[##########                    ] 1/3"), r.err());
      assertNoProgress(r.out());
    }
  }

  /** Both streams on one terminal, as {@code warta analyze --progress a b c} in a shell: no line mixes bar and data. */
  @Test
  void onASharedTerminalTheBarIsErasedBeforeEachDocument() {
    StringWriter screen = new StringWriter();
    CommandLine cli = WartaCli.commandLine();
    cli.setOut(new PrintWriter(screen, true));
    cli.setErr(new PrintWriter(screen, true));
    AnalyzeCommand cmd = cli.getSubcommands().get("analyze").getCommand();
    cmd.terminals = fd -> true;
    assertEquals(1, cli.execute("analyze", "--progress", a, dir.resolve("missing.txt").toString(), b, c));
    List<String> lines = visibleLines(screen.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("== " + a + ":")), String.join("\n", lines));
    assertTrue(lines.contains("warta: " + dir.resolve("missing.txt") + ": no such file"), String.join("\n", lines));
    for (String line : lines) {
      boolean bar = line.startsWith("[#") || line.startsWith("[ ");
      assertTrue(!bar || line.matches("\\[[# ]{30}] \\d/4 .*"), "bar mixed with data: " + line);
    }
    assertEquals("[##############################] 4/4 done", lines.get(lines.size() - 1));
  }

  /** What a terminal shows: a carriage return goes back to the line start, ESC[K erases to its end. */
  private static List<String> visibleLines(String screen) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int col = 0;
    for (int i = 0; i < screen.length(); i++) {
      char ch = screen.charAt(i);
      if (ch == '\n') {
        out.add(line.toString());
        line.setLength(0);
        col = 0;
      } else if (ch == '\r') {
        col = 0;
      } else if (screen.startsWith("\u001B[K", i)) {
        line.setLength(col);
        i += 2;
      } else {
        if (col < line.length()) {
          line.setCharAt(col, ch);
        } else {
          line.append(ch);
        }
        col++;
      }
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }

  private static void assertNoProgress(String stdout) {
    assertFalse(stdout.contains("\r"), "carriage return on standard output");
    assertFalse(stdout.contains("\u001B"), "escape on standard output");
    assertFalse(stdout.matches("(?s).*\\[[# ]{30}].*"), "a progress bar on standard output");
    assertFalse(stdout.contains("warta: ["), "a progress line on standard output");
  }

  @Test
  void terminalProbesAgree() {
    for (int fd : new int[] {Terminals.STDOUT, Terminals.STDERR}) {
      Boolean proc = Terminals.Probes.fromProc(fd);
      if (proc != null) {
        assertEquals(proc, Terminals.Probes.fromShell(fd), "fd " + fd);
      }
    }
  }
}
