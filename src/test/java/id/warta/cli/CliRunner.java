package id.warta.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the CLI in-process and captures its output. */
final class CliRunner {
  record Result(int status, String out, String err) {}

  private CliRunner() {}

  static Result run(String... args) {
    return runWithInput(null, args);
  }

  static synchronized Result runWithInput(byte[] stdin, String... args) {
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
      int status = cli.execute(args);
      return new Result(status, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }
}
