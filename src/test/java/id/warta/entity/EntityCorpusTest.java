package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityCorpusTest {
  private final EntityCorpus corpus = EntityCorpus.standard();

  @Test
  void stripsTagsAndAlignsSpansToTokens() {
    LabeledSentence s = corpus.parse(
        "<START:loc> Jakarta <END>, Senin - <START:org> Gabungan Industri Kendaraan Bermotor Indonesia <END> (<START:org> Gaikindo <END>) mencatat <START:product> Toyota Avanza <END> terlaris.",
        "t:1");
    assertEquals(List.of("Jakarta", ",", "Senin", "-", "Gabungan", "Industri", "Kendaraan", "Bermotor", "Indonesia", "(",
        "Gaikindo", ")", "mencatat", "Toyota", "Avanza", "terlaris", "."), s.tokens());
    assertEquals(List.of(TokenMention.gold(0, 1, EntityType.LOC), TokenMention.gold(4, 9, EntityType.ORG),
        TokenMention.gold(10, 11, EntityType.ORG), TokenMention.gold(13, 15, EntityType.PRODUCT)), s.mentions());
  }

  @Test
  void sentenceFinalAbbreviationPeriodJoinsTheMention() {
    LabeledSentence s = corpus.parse("Saham <START:org> PT Timah Tbk <END>.", "t:1");
    assertEquals("PT Timah Tbk.", s.text(s.mentions().get(0)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown type      | <START:city> Bandung <END> ramai",
      "no space after    | <START:loc>Bandung <END> ramai",
      "two spaces after  | <START:loc>  Bandung <END> ramai",
      "unclosed          | <START:loc> Bandung ramai",
      "stray end         | Bandung <END> ramai",
      "nested            | <START:org> Bank <START:loc> Jakarta <END> <END> ramai",
      "cuts a token      | <START:org> Toyota <END>nya laris",
      "empty             | <START:org>  <END> laris",
      "stray bracket     | harga > 100",
  })
  void malformedLinesFailWithFileAndLine(String what, String line) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> corpus.parse(line, "auto-01.txt:7"));
    assertTrue(e.getMessage().startsWith("auto-01.txt:7"), what + ": " + e.getMessage());
  }

  @Test
  void articlesSplitOnBlankLinesAndEveryTenthIsHeldOut() {
    StringBuilder sb = new StringBuilder("# topic: x\n");
    for (int a = 0; a < 25; a++) {
      sb.append("<START:per> Budi <END> datang ke <START:loc> Bandung <END>.\nIa pulang.\n\n");
    }
    List<EntityCorpus.Article> arts = corpus.readLines("x.txt", List.of(sb.toString().split("\n", -1)));
    assertEquals(25, arts.size());
    assertEquals(2, arts.get(0).sentences().size());
    assertEquals("x.txt:2", arts.get(0).sentences().get(0).source());
    for (EntityCorpus.Article a : arts) {
      assertEquals(a.index() == 9 || a.index() == 19, a.heldOut(), "article " + a.index());
    }
    assertFalse(arts.get(0).heldOut());
  }
}
