package id.warta.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error, shown only when asked and attached to a terminal. Not thread-safe. */
final class Progress {
  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private int done;

  Progress(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  void step(String name) {
    done++;
    if (!enabled) {
      return;
    }
    int width = 30;
    int filled = (int) ((long) width * done / Math.max(1, total));
    String label = name.length() > 40 ? "..." + name.substring(name.length() - 37) : name;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + label + "\u001B[K");
    err.flush();
  }

  void clear() {
    if (enabled) {
      err.print("\r\u001B[K");
    }
  }

  void done() {
    if (enabled) {
      err.println();
      err.flush();
    }
  }
}
