package id.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warta train ...}: rebuild a trained model in models/. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a model from Warta's corpus.",
    subcommands = {TrainEntitiesCommand.class})
final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing what to train");
  }
}
