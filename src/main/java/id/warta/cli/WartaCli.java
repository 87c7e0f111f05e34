package id.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code warta} command line. */
@Command(
    name = "warta",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Indonesian news text to sentences, tokens, lemmas, entities and figures.",
    subcommands = {AnalyzeCommand.class, ExampleCommand.class, EvalCommand.class, TrainCommand.class})
public final class WartaCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** Runs the CLI and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit status (0 ok, 1 some input failed, 2 usage error). */
  public static int run(String... args) {
    return new CommandLine(new WartaCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }
}
