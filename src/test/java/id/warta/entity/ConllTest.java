package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllTest {
  @TempDir Path dir;

  @Test
  void decodesBio() {
    List<TokenMention> ms = Conll.decode(List.of("B-ORG", "I-ORG", "O", "B-PER", "B-PER", "I-PER", "O"));
    assertEquals(List.of(TokenMention.gold(0, 2, EntityType.ORG), TokenMention.gold(3, 4, EntityType.PER),
        TokenMention.gold(4, 6, EntityType.PER)), ms);
  }

  @Test
  void strayInsideStartsAMention() {
    assertEquals(List.of(TokenMention.gold(1, 2, EntityType.LOC), TokenMention.gold(2, 3, EntityType.ORG)),
        Conll.decode(List.of("O", "I-LOC", "I-ORG")));
  }

  @Test
  void readsAndWritesTheSameText() throws IOException {
    String text = "BMW\tB-ORG\nGroup\tI-ORG\ndi\tO\nShanghai\tB-LOC\n\nIa\tO\n\n";
    Path f = dir.resolve("x.conll");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    List<LabeledSentence> s = Conll.read(f);
    assertEquals(2, s.size());
    assertEquals("BMW Group", s.get(0).text(s.get(0).mentions().get(0)));
    StringWriter w = new StringWriter();
    Conll.write(s, w);
    assertEquals(text, w.toString());
  }

  @Test
  void badLinesNameFileAndLine() throws IOException {
    Path f = dir.resolve("bad.conll");
    Files.writeString(f, "Jakarta\tB-LOC\nkota\tB-CITY\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Conll.read(f));
    assertTrue(e.getMessage().startsWith("bad.conll:2"), e.getMessage());
    Files.writeString(f, "Jakarta\n", StandardCharsets.UTF_8);
    e = assertThrows(IllegalArgumentException.class, () -> Conll.read(f));
    assertTrue(e.getMessage().startsWith("bad.conll:1"), e.getMessage());
  }
}
