package id.warta.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.warta.internal.DataFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundled morphology file parses, and the root file index lists exactly the root files. */
class ResourceFormatTest {
  private static final Path ROOTS = Path.of("models/id/warta/morph/roots");

  @Test
  void rootFileIndexListsEveryRootFile() throws IOException {
    Set<String> onDisk = new TreeSet<>();
    try (Stream<Path> files = Files.list(ROOTS)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).forEach(onDisk::add);
    }
    Set<String> listed = new TreeSet<>(DataFiles.lines(RootLexicon.class, "root-files.txt"));
    assertEquals(onDisk, listed, "root-files.txt must list every roots/*.txt");
  }

  @Test
  void everyRootLineParses() throws IOException {
    int total = 0;
    try (Stream<Path> files = Files.list(ROOTS)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".txt"))::iterator) {
        List<String> lines = DataFiles.lines(Files.newInputStream(p), p.getFileName().toString());
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          String where = p.getFileName() + " entry " + (i + 1) + ": '" + line + "'";
          LexiconEntry e = RootLexicon.parse(line, where);
          assertEquals(e.root(), e.root().strip(), where);
          assertFalse(line.contains("  "), where + " has double spaces");
          String[] f = line.split("\t", -1);
          assertTrue(f.length >= 2 && f[1].matches("[A-Z]+"), where + " needs a UPOS tag");
          total++;
        }
      }
    }
    assertTrue(total > 5000, "lexicon unexpectedly small: " + total);
    assertEquals(RootLexicon.bundled().size() > 5000, true);
  }

  @Test
  void lexicalizedWordsAreLowercaseAndUnique() {
    List<String> words = DataFiles.lines(Lemmatizer.class, "lexicalized.txt");
    Set<String> seen = new HashSet<>();
    for (String w : words) {
      if (!RootLexicon.isRootSpelling(w)) {
        fail("lexicalized.txt: not a lowercase word: '" + w + "'");
      }
      assertTrue(seen.add(w), "lexicalized.txt: duplicate " + w);
    }
  }

  @Test
  void spellingVariantsAreWordPairs() {
    List<String> lines = DataFiles.lines(Lemmatizer.class, "spelling-variants.txt");
    assertEquals(lines.size(), Lemmatizer.variants(lines).size());
  }

  @Test
  void badLinesAreRejectedWithTheirLocation() {
    try {
      RootLexicon.parse("Rumah\tNOUN", "x.txt entry 3");
      fail("uppercase root accepted");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().startsWith("x.txt entry 3"));
    }
    try {
      RootLexicon.parse("rumah\tNOUN\tweird", "x.txt entry 4");
      fail("unknown flag accepted");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().contains("weird"));
    }
  }
}
