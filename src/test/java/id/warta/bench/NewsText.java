package id.warta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A realistic mixed Indonesian news text for benchmarks: the bundled example articles and the
 * entity corpus (tags removed), written by the Warta developers, repeated to the requested size.
 * Benchmarks run from the project root.
 */
public final class NewsText {
  private static final Pattern TAG = Pattern.compile("<START:[a-z]+> | <END>");

  private NewsText() {}

  /** At least {@code minChars} chars of news text, articles separated by blank lines. */
  public static String atLeast(int minChars) {
    String one = once();
    StringBuilder all = new StringBuilder(minChars + one.length());
    while (all.length() < minChars) {
      all.append(one);
    }
    return all.toString();
  }

  /** The news text once. */
  public static String once() {
    StringBuilder one = new StringBuilder();
    try {
      for (Path dir : List.of(Path.of("models/id/warta/cli/examples"), Path.of("src/corpus/entities/raw"))) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".txt") && !p.endsWith("index.txt")).sorted().toList()) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
              if (!line.startsWith("#")) {
                one.append(TAG.matcher(line).replaceAll("")).append('\n');
              }
            }
            one.append('\n');
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("run benchmarks from the project root", e);
    }
    return one.toString();
  }
}
