package id.warta.cli;

import id.warta.internal.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The bundled example articles ({@code models/id/warta/cli/examples/}), written by the Warta developers. */
final class Examples {
  /** An article: file name, publication date, text. */
  record Article(String name, LocalDate date, String text) {}

  private Examples() {}

  static List<Article> all() {
    List<Article> out = new ArrayList<>();
    for (String line : DataFiles.lines(Examples.class, "examples/index.txt")) {
      String[] f = line.split("\t");
      String name = f[0];
      try (InputStream in = Examples.class.getResourceAsStream("examples/" + name)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("missing bundled example " + name));
        }
        out.add(new Article(name, LocalDate.parse(f[1]), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled example " + name, e);
      }
    }
    return out;
  }
}
