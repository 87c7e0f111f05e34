package id.warta.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** The check every {@code eval} command makes of its gold file. Stateless. */
final class GoldFiles {
  private GoldFiles() {}

  /** {@code file}, or a usage error (exit 2) naming it when it is not a readable regular file. */
  static Path require(CommandLine.Model.CommandSpec spec, Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "not a readable file: " + file);
    }
    return file;
  }
}
