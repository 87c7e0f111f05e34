package id.warta.cli;

import java.io.PrintWriter;

/**
 * Progress over the input files, on standard error only. On a terminal it is a bar redrawn in place,
 * erased before any document is written to standard output, so that even when both streams are the
 * same terminal the bar never shares a line with the data; elsewhere (a log file) it is one line per
 * file. Not thread-safe.
 */
final class Progress {
  /** How progress is shown. */
  enum Mode {
    /** Not at all. */
    OFF,
    /** A bar redrawn in place with carriage returns: standard error is a terminal. */
    BAR,
    /** One plain line per file: asked for, but standard error is not a terminal. */
    LINES
  }

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int total;
  private final Mode mode;
  private int done;
  private boolean drawn;

  Progress(PrintWriter err, int total, Mode mode) {
    this.err = err;
    this.total = total;
    this.mode = mode;
  }

  /**
   * The rule: {@code --no-progress} never shows it; {@code --progress} always does (a bar if standard
   * error is a terminal, else lines); by default ({@code option} null) a bar is shown only for more
   * than one file, when standard error is a terminal and standard output is not (redirected to a file
   * or a pipe), since output on the terminal shows its own progress.
   */
  static Mode mode(Boolean option, int files, boolean stdoutTerminal, boolean stderrTerminal) {
    if (option != null) {
      return !option ? Mode.OFF : stderrTerminal ? Mode.BAR : Mode.LINES;
    }
    return files > 1 && stderrTerminal && !stdoutTerminal ? Mode.BAR : Mode.OFF;
  }

  Mode mode() {
    return mode;
  }

  /** Work on the next file, {@code name}, starts. */
  void start(String name) {
    String label = TextReport.visible(name);
    switch (mode) {
      case BAR -> draw(label.length() > 40 ? "..." + label.substring(label.length() - 37) : label);
      case LINES -> {
        err.println("warta: [" + (done + 1) + "/" + total + "] " + label);
        err.flush();
      }
      case OFF -> { }
    }
  }

  /** Erases the bar, before anything else is written to the terminal. */
  void clear() {
    if (drawn) {
      err.print("\r\u001B[K");
      err.flush();
      drawn = false;
    }
  }

  /** The current file is done (written or failed). */
  void finish() {
    done++;
  }

  /** All files are done: a bar is left complete on its own line. */
  void end() {
    if (mode == Mode.BAR) {
      draw("done");
      err.println();
      err.flush();
      drawn = false;
    }
  }

  private void draw(String label) {
    int filled = (int) ((long) WIDTH * done / Math.max(1, total));
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label + "\u001B[K");
    err.flush();
    drawn = true;
  }
}
