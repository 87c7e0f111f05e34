package id.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warta eval ...}: score a component on gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score a component on gold data.",
    subcommands = {
      EvalSegmentationCommand.class, EvalLemmasCommand.class, EvalFiguresCommand.class, EvalEntitiesCommand.class
    })
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing what to evaluate");
  }
}
