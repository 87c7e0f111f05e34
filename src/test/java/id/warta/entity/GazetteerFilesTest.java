package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.warta.internal.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The format of every bundled gazetteer file. */
class GazetteerFilesTest {
  static Stream<String> files() {
    return Gazetteer.BUNDLED_FILES.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("files")
  void startsWithADescriptionComment(String file) throws IOException {
    try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer/" + file)) {
      assertNotNull(in, file);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(text.startsWith("# "), file + " must start with a '# ' description line");
      assertTrue(text.endsWith("\n"), file + " must end with a newline");
      assertFalse(text.contains("\r"), file + " must use LF line endings");
      assertFalse(text.contains("\t"), file + " must not contain tabs");
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void oneCleanEntryPerLine(String file) {
    List<String> lines = DataFiles.lines(Gazetteer.class, "gazetteer/" + file);
    assertTrue(lines.size() >= 10, file + " has too few entries");
    Set<String> seen = new HashSet<>();
    for (String e : lines) {
      if (!e.equals(e.strip()) || e.contains("  ")) {
        fail(file + ": stray spaces in '" + e + "'");
      }
      if (e.indexOf('<') >= 0 || e.indexOf('>') >= 0 || e.indexOf(';') >= 0) {
        fail(file + ": markup or separator in '" + e + "'");
      }
      if (!seen.add(e)) {
        fail(file + ": duplicate '" + e + "'");
      }
      assertTrue(e.split(" ").length <= 10, file + ": entry too long: " + e);
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyEntryIsFoundAgain(String file) {
    Gazetteer g = Gazetteer.standard();
    Gazetteer.Category c = Gazetteer.BUNDLED_FILES.get(file);
    for (String e : DataFiles.lines(Gazetteer.class, "gazetteer/" + file)) {
      assertTrue((g.lookup(e) & (1 << c.ordinal())) != 0, file + ": '" + e + "' not found as " + c);
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void fileNamesAreKebabCase(String file) {
    assertTrue(file.matches("[a-z-]+\\.txt"), file);
  }
}
