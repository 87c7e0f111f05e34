package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountriesTest {
  @Test
  void knowsCountriesCaseInsensitively() {
    assertTrue(Countries.isCountry("Indonesia"));
    assertTrue(Countries.isCountry("amerika serikat"));
    assertFalse(Countries.isCountry("Bandung"));
  }

  @Test
  void tagsOnlyUntaggedCapitalizedCountriesOutsideMentions() {
    LabeledSentence s = new LabeledSentence(
        List.of("pemerintah", "Indonesia", "dan", "Bank", "Indonesia", "bertemu", "delegasi", "Amerika", "Serikat", "di", "indonesia"),
        List.of(TokenMention.gold(3, 5, EntityType.ORG)), "t:1");
    LabeledSentence t = Countries.tagUntagged(List.of(s)).get(0);
    assertEquals(List.of(TokenMention.gold(1, 2, EntityType.LOC), TokenMention.gold(3, 5, EntityType.ORG),
        TokenMention.gold(7, 9, EntityType.LOC)), t.mentions());
  }
}
