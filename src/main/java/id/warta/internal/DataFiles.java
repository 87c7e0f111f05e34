package id.warta.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Warta's bundled language-data files: UTF-8 text, one entry per line, {@code #} starts a
 * comment line, blank lines ignored. Files are looked up relative to the class that owns them. A
 * missing or undecodable bundled file is a packaging bug and fails loudly with an
 * {@link UncheckedIOException} naming the file.
 *
 * <p>Internal: not part of the public API. Stateless and thread-safe.
 */
public final class DataFiles {
  private DataFiles() {}

  /** The non-comment, non-blank lines of {@code name}, resolved relative to {@code owner}, trimmed at the right. */
  public static List<String> lines(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("missing bundled resource " + name + " next to " + owner.getName()));
    }
    return lines(in, owner.getPackageName().replace('.', '/') + "/" + name);
  }

  /** The non-comment, non-blank lines of a UTF-8 stream; {@code label} names it in errors. The stream is closed. */
  public static List<String> lines(InputStream in, String label) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.stripTrailing();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        out.add(s);
      }
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException(new IOException(label + " is not valid UTF-8", e));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + label, e);
    }
    return List.copyOf(out);
  }
}
