package id.warta.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotSetTest {
  private static final Lexicon LX = Lexicon.bundled();
  private static final KeyIndex INDEX = LX.keys.with(KeyIndex.RULE_WORDS, List.of("persen", "kafé", "tahun"));
  private static final SlotSet SET = new SlotSet(Set.of("persen", "kafé"), INDEX);

  /** Whether each atom of {@code text} is in {@link #SET}, as a string of 1 and 0. */
  private static String members(String text) {
    Scan s = TestScans.of(text, LX, INDEX);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.size(); i++) {
      b.append(SET.containsKeyOf(s, i) ? '1' : '0');
    }
    return b.toString();
  }

  @Test
  void findsKeysInAnyCase() {
    // Naik 5 PERSEN , persen dan Persen
    assertEquals("0010101", members("Naik 5 PERSEN, persen dan Persen"));
  }

  @Test
  void mustNotMatchIndexedKeysOutsideTheSetNorUnlistedWords() {
    // tahun is indexed but not in the set; perseneling and per share only a prefix
    assertEquals("00000", members("tahun perseneling per sen dan"));
  }

  @Test
  void looksUpKeysTheIndexCannotReadInTheSet() {
    assertEquals("0110", members("di kafé Kafé kafe"));
  }

  @Test
  void outsideTheWindowIsNoMember() {
    Scan s = TestScans.of("naik persen", LX, INDEX);
    assertEquals(false, SET.containsKeyOf(s, -1));
    assertEquals(false, SET.containsKeyOf(s, s.size()));
  }

  @Test
  void failsLoudlyOnAKeyTheIndexLacks() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new SlotSet(Set.of("persen", "tidakada"), INDEX));
    assertEquals("key not indexed: tidakada", e.getMessage());
  }
}
