package id.warta.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code warta} command line. */
@Command(
    name = "warta",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Find sentences, tokens, lemmas, entities and figures in Indonesian news.",
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
    return commandLine().execute(args);
  }

  /**
   * The configured command line: enum values in any case, dates as {@code YYYY-MM-DD}, and a usage
   * error reported in one line on standard error (exit status 2) that points to {@code --help}.
   */
  public static CommandLine commandLine() {
    return new CommandLine(new WartaCli())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .registerConverter(LocalDate.class, WartaCli::date)
        .setParameterExceptionHandler(WartaCli::usageError);
  }

  private static LocalDate date(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + s + "' is not a date YYYY-MM-DD");
    }
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    String name = cl.getCommandSpec().qualifiedName();
    cl.getErr().println(name + ": " + e.getMessage().replace('\n', ' ').strip() + " (see '" + name + " --help')");
    cl.getErr().flush();
    return cl.getCommandSpec().exitCodeOnInvalidInput();
  }
}
