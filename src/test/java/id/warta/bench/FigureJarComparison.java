package id.warta.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Compares the figure extraction of two or more builds of Warta in one JVM: each jar is loaded in a
 * class loader of its own and the calls alternate, so that the noise of a shared machine falls on
 * all alike (runs of JMH minutes apart differ by more than the changes we measure). It prints, per
 * jar, the minimum, 10th and 25th percentile and median time of a call over the benchmark text of
 * {@link FigureBenchmark}, after the first third of the calls (warm-up). Wall time by default, as
 * JMH measures; {@code -Dcpu=true} for the calling thread's CPU time (without the collector's).
 *
 * <p>From the project root, with two jars built by {@code mvn package} (e.g. in a git worktree):
 * {@code java -cp target/test-classes:target/classes id.warta.bench.FigureJarComparison 300 old.jar new.jar}.
 * Not a JMH benchmark: a tool for A/B tests of speed changes.
 */
public final class FigureJarComparison {
  private FigureJarComparison() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: FigureJarComparison CALLS JAR [JAR...]");
      System.exit(2);
    }
    int calls = Integer.parseInt(args[0]);
    boolean cpu = Boolean.getBoolean("cpu");
    String text = FigureBenchmark.newsText();
    int n = args.length - 1;
    Object[] extractors = new Object[n];
    Object[] sentences = new Object[n];
    Method[] find = new Method[n];
    for (int k = 0; k < n; k++) {
      URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[k + 1]).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Object segmenter = loader.loadClass("id.warta.tokenize.Segmenter").getMethod("standard").invoke(null);
      sentences[k] = segmenter.getClass().getMethod("segment", String.class).invoke(segmenter, text);
      Class<?> fx = loader.loadClass("id.warta.figure.FigureExtractor");
      extractors[k] = fx.getMethod("standard").invoke(null);
      find[k] = fx.getMethod("find", String.class, List.class, Optional.class);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[][] times = new long[n][calls];
    long figures = 0;
    for (int r = 0; r < calls; r++) {
      for (int k0 = 0; k0 < n; k0++) {
        int k = (k0 + r) % n; // the order turns, so that no jar always follows another
        long t0 = cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime();
        figures += ((List<?>) find[k].invoke(extractors[k], text, sentences[k], Optional.empty())).size();
        times[k][r] = (cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime()) - t0;
      }
    }
    System.out.printf("%,d chars, %d calls per jar, %s time, %,d figures in all%n", text.length(), calls,
        cpu ? "CPU" : "wall", figures);
    for (int k = 0; k < n; k++) {
      long[] t = Arrays.copyOfRange(times[k], calls / 3, calls);
      Arrays.sort(t);
      System.out.printf("%-40s min %6.2f  p10 %6.2f  p25 %6.2f  median %6.2f ms%n", args[k + 1], t[0] / 1e6,
          t[t.length / 10] / 1e6, t[t.length / 4] / 1e6, t[t.length / 2] / 1e6);
    }
  }
}
