package id.warta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** The check every {@code eval} command makes of its gold file. Stateless. */
final class GoldFiles {
  private GoldFiles() {}

  /**
   * {@code file}, or a usage error (exit 2) naming it when it is not a readable regular file, not
   * UTF-8 text (binary, invalid bytes) or empty: a score over nothing is never printed.
   */
  static Path require(CommandLine.Model.CommandSpec spec, Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "not a readable file: " + file);
    }
    String text;
    try {
      text = AnalyzeCommand.decode(Files.readAllBytes(file), file.toString());
    } catch (AnalyzeCommand.InputException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), file + ": cannot read: " + e.getMessage());
    }
    if (text.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), file + ": empty");
    }
    return file;
  }

  /** A usage error naming {@code file}, which holds nothing to score. */
  static CommandLine.ParameterException noCases(CommandLine.Model.CommandSpec spec, Path file) {
    return new CommandLine.ParameterException(spec.commandLine(), file + ": no cases to score");
  }
}
