package id.warta.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.internal.DataFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every bundled tokenizer data file parses, has no duplicates, and has the documented shape. */
class LanguageDataFormatTest {
  private static final Pattern ABBREVIATION = Pattern.compile("[\\p{L}][\\p{L}.$/ ]*\\.(\\t(title|final)?)?");

  @Test
  void abbreviations() {
    List<String> lines = DataFiles.lines(Abbreviations.class, "abbreviations.txt");
    Set<String> seen = new HashSet<>();
    for (String line : lines) {
      assertTrue(ABBREVIATION.matcher(line).matches(), "bad abbreviation line '" + line + "'");
      assertTrue(seen.add(line.split("\t")[0]), "duplicate " + line);
    }
    assertEquals(seen.size(), Abbreviations.bundled().size());
    assertTrue(seen.size() > 150);
    assertEquals(Abbreviations.Kind.TITLE, Abbreviations.bundled().lookup("Jl."));
    assertEquals(Abbreviations.Kind.TITLE, Abbreviations.bundled().lookup("jl."));
    assertEquals(Abbreviations.Kind.FINAL, Abbreviations.bundled().lookup("dll."));
    assertEquals(null, Abbreviations.bundled().lookup("rumah."));
  }

  @Test
  void currencyPrefixesAndSlashUnits() {
    for (String file : List.of("currency-prefixes.txt", "slash-units.txt")) {
      List<String> lines = DataFiles.lines(IndonesianTokenizer.class, file);
      assertEquals(lines.size(), new HashSet<>(lines).size(), "duplicates in " + file);
      for (String l : lines) {
        assertTrue(!l.isBlank() && l.strip().equals(l) && !l.contains("\t"), file + ": '" + l + "'");
      }
    }
    for (String unit : DataFiles.lines(IndonesianTokenizer.class, "slash-units.txt")) {
      assertEquals(unit, unit.toLowerCase(java.util.Locale.ROOT), "slash units are lowercase");
    }
  }

  @Test
  void sentenceOpeners() {
    List<String> lines = DataFiles.lines(SentenceSplitter.class, "sentence-openers.txt");
    assertEquals(lines.size(), new HashSet<>(lines).size(), "duplicates in sentence-openers.txt");
    for (String l : lines) {
      assertTrue(l.matches("\\p{Ll}+"), "sentence-openers.txt: one lowercase word per line, not '" + l + "'");
    }
    assertTrue(lines.contains("ia") && lines.contains("namun"));
  }

  @Test
  void userListsAreCheckedAndMerged() {
    Abbreviations user = Abbreviations.read(
        new ByteArrayInputStream("# ours\nDirut.\ttitle\n".getBytes(StandardCharsets.UTF_8)), "user.txt");
    Abbreviations merged = Abbreviations.bundled().with(user);
    assertEquals(Abbreviations.Kind.TITLE, merged.lookup("Dirut."));
    assertEquals(List.of("Dirut.", "Budi"),
        new IndonesianTokenizer(merged).tokenize("Dirut. Budi").stream().map(t -> t.text()).toList());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Abbreviations.read(
        new ByteArrayInputStream("Dirut\n".getBytes(StandardCharsets.UTF_8)), "user.txt"));
    assertTrue(e.getMessage().startsWith("user.txt"), e.getMessage());
  }

  @Test
  void invalidUtf8InADataFileFailsLoudly() {
    var e = assertThrows(java.io.UncheckedIOException.class,
        () -> DataFiles.lines(new ByteArrayInputStream(new byte[] {'a', (byte) 0xFF}), "broken.txt"));
    assertTrue(e.getMessage().contains("broken.txt"));
    assertThrows(java.io.UncheckedIOException.class, () -> DataFiles.lines(LanguageDataFormatTest.class, "no-such-file.txt"));
  }
}
