package id.warta.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhraseTableTest {
  private static final Lexicon LX = Lexicon.bundled();

  private static Scan scan(String text) {
    return TestScans.of(text, LX);
  }

  /** The atom that starts at character {@code at} of the scan's text. */
  private static int atomAt(Scan s, int at) {
    for (int i = 0; i < s.size(); i++) {
      if (s.atom(i).start == at) {
        return i;
      }
    }
    throw new AssertionError("no atom at " + at);
  }

  /**
   * The look at the atom before, which spares matchEndingAt the atoms before it, never misses a
   * phrase: every phrase of every bundled table, as listed, in capitals and with its spaces taken
   * out, is found ending before the number after it.
   */
  @Test
  void everyPhraseIsFoundEndingWhereItEnds() {
    int checked = 0;
    for (PhraseTable<?> t : LX.tables) {
      for (String p : t.phrases()) {
        for (String form : List.of(p, p.toUpperCase(Locale.ROOT), p.replace(" ", ""))) {
          String text = "kata " + form + " 12 ribu";
          Scan s = scan(text);
          int end = atomAt(s, ("kata " + form + " ").length());
          if (s.atom(end - 1).end != "kata ".length() + form.length()) {
            continue; // the tokenizer glued the phrase to what follows: no atom ends it
          }
          PhraseTable.Hit<?> hit = t.matchEndingAt(s, end, end);
          boolean startsAtAtom = s.atom(atomAt(s, "kata ".length())).start == "kata ".length();
          if (startsAtAtom && t.lookup(form) != null) {
            assertNotNull(hit, "'" + form + "' in " + text);
            assertEquals(end, hit.end(), text);
            checked++;
          }
        }
      }
    }
    assertEquals(true, checked > 500, "phrases checked: " + checked);
  }

  @Test
  void noPhraseEndsBeforeAnAtomThatCannotEndOne() {
    Scan s = scan("mobil baru 12 unit");
    assertNull(LX.qualifiersBefore.matchEndingAt(s, 2, 4));
    assertNull(LX.qualifiersBefore.matchEndingAt(s, 0, 4));
    Scan t = scan("lebih dari 12 unit");
    assertNotNull(LX.qualifiersBefore.matchEndingAt(t, 2, 4));
  }
}
