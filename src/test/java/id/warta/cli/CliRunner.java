package id.warta.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs the CLI in-process and captures its output. */
final class CliRunner {
  record Result(int status, String out, String err) {}

  private CliRunner() {}

  static Result run(String... args) {
    return runWithInput(null, args);
  }

  /** Runs {@code warta analyze ARGS} after {@code setup} has configured the command's test seams. */
  static Result analyze(Consumer<AnalyzeCommand> setup, String... args) {
    return runWith(null, cli -> setup.accept(cli.getSubcommands().get("analyze").getCommand()), prepend("analyze", args));
  }

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  static Result runWithInput(byte[] stdin, String... args) {
    return runWith(stdin, cli -> { }, args);
  }

  static synchronized Result runWith(byte[] stdin, Consumer<CommandLine> setup, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream saved = System.in;
    try {
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin));
      }
      CommandLine cli = WartaCli.commandLine();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      setup.accept(cli);
      int status = cli.execute(args);
      return new Result(status, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }
}
