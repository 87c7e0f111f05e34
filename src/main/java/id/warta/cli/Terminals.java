package id.warta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Whether a standard stream of this process is a terminal. Java 17 cannot tell for standard error
 * ({@code System.console()} looks at standard input and output), so on Linux the answer is read from
 * {@code /proc/self/fd}, elsewhere from the shell's {@code [ -t FD ]}; when neither works, not a terminal.
 */
@FunctionalInterface
interface Terminals {
  /** Standard output's file descriptor. */
  int STDOUT = 1;
  /** Standard error's file descriptor. */
  int STDERR = 2;

  /** The streams of this process. */
  Terminals SYSTEM = fd -> {
    Boolean proc = Probes.fromProc(fd);
    return proc != null ? proc : Probes.fromShell(fd);
  };

  /** Whether the stream with file descriptor {@code fd} (1 or 2) is a terminal. */
  boolean isTerminal(int fd);

  /** The two ways to find out. */
  final class Probes {
    private Probes() {}

    /** From the link {@code /proc/self/fd/FD}; {@code null} where there is no such link. */
    static Boolean fromProc(int fd) {
      try {
        String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return null;
      }
    }

    /** From {@code sh -c '[ -t FD ]'} run on the same stream; false where there is no such shell. */
    static boolean fromShell(int fd) {
      ProcessBuilder pb = new ProcessBuilder("sh", "-c", "[ -t " + fd + " ]")
          .redirectInput(ProcessBuilder.Redirect.PIPE)
          .redirectOutput(fd == STDOUT ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD)
          .redirectError(fd == STDERR ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD);
      try {
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
          p.destroy();
          return false;
        }
        return p.exitValue() == 0;
      } catch (IOException | SecurityException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
