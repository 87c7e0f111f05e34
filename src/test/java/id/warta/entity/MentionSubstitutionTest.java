package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MentionSubstitutionTest {
  private final EntityCorpus corpus = EntityCorpus.standard();

  @Test
  void replacesEveryMentionWithANameOfItsTypeAndKeepsTheRest() {
    LabeledSentence s = corpus.parse("<START:per> Budi <END> membeli <START:product> Toyota Avanza <END> di <START:loc> Bandung <END>.", "t:1");
    LabeledSentence t = new MentionSubstitution(Gazetteer.standard()).substitute(s);
    assertEquals(List.of(EntityType.PER, EntityType.PRODUCT, EntityType.LOC), t.mentions().stream().map(TokenMention::type).toList());
    assertEquals("membeli", t.tokens().get(t.mentions().get(0).end()));
    assertEquals("di", t.tokens().get(t.mentions().get(1).end()));
    assertEquals(".", t.tokens().get(t.tokens().size() - 1));
  }

  @Test
  void isDeterministicAndKeepsLowerCase() {
    LabeledSentence s = corpus.parse("kata <START:per> budi <END> di <START:loc> bandung <END>", "t:1");
    LabeledSentence a = new MentionSubstitution(Gazetteer.standard()).substitute(s);
    LabeledSentence b = new MentionSubstitution(Gazetteer.standard()).substitute(s);
    assertEquals(a, b);
    for (String tok : a.tokens()) {
      assertEquals(tok.toLowerCase(Locale.ROOT), tok);
    }
    assertTrue(a.source().endsWith("(substituted)"));
  }

  @Test
  void sentencesWithoutMentionsAreSkipped() {
    assertNull(new MentionSubstitution(Gazetteer.standard()).substitute(corpus.parse("Harga naik.", "t:1")));
  }
}
