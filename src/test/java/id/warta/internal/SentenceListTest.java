package id.warta.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.tokenize.Segmenter;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SentenceListTest {
  private static final String TEXT = "Harga naik 5% menjadi Rp 12.000. Dr. Ani datang 3 Mei 2024!\n\nIni kalimat ketiga.";

  private static SentenceList segmented() {
    return assertInstanceOf(SentenceList.class, Segmenter.standard().segment(TEXT));
  }

  @Test
  void theColumnsAreTheTokensOfTheSentences() {
    SentenceList l = segmented();
    assertTrue(l.intact());
    assertEquals(3, l.size());
    int k = 0;
    for (int i = 0; i < l.size(); i++) {
      assertEquals(k, l.firstToken(i));
      for (Token t : l.get(i).tokens()) {
        assertEquals(t.start(), l.starts()[k]);
        assertEquals(t.end(), l.ends()[k]);
        assertEquals(t.kind().ordinal(), l.kinds()[k]);
        k++;
      }
    }
    assertEquals(k, l.firstToken(l.size()));
  }

  @Test
  void anyChangeMakesItNoLongerIntact() {
    Sentence other = Segmenter.standard().segment("Lain.").get(0);
    List<Consumer<List<Sentence>>> changes = List.of(
        x -> x.set(0, other),
        x -> x.add(other),
        x -> x.add(0, other),
        x -> x.remove(1),
        x -> x.clear(),
        x -> x.subList(0, 2).set(1, other),
        x -> x.subList(1, 3).clear(),
        x -> x.removeIf(s -> s.text().startsWith("Ini")),
        x -> x.replaceAll(s -> s),
        x -> Collections.swap(x, 0, 2),
        x -> x.sort((a, b) -> b.start() - a.start()),
        x -> x.listIterator().add(other),
        x -> {
          Iterator<Sentence> it = x.iterator();
          it.next();
          it.remove();
        });
    for (int k = 0; k < changes.size(); k++) {
      SentenceList l = segmented();
      changes.get(k).accept(l);
      assertFalse(l.intact(), "change " + k);
    }
  }

  @Test
  void readingDoesNotChangeIt() {
    SentenceList l = segmented();
    l.forEach(s -> { });
    l.subList(0, 2).get(1);
    l.stream().count();
    assertEquals(List.copyOf(l), l);
    assertTrue(l.intact());
  }

  @Test
  void theLemmaStageKeepsTheColumns() {
    SentenceList segmented = segmented();
    List<Sentence> lemmatized = id.warta.morph.LemmaStage.standard().annotate(TEXT, segmented);
    SentenceList kept = assertInstanceOf(SentenceList.class, lemmatized);
    assertTrue(kept.intact());
    assertSame(segmented.starts(), kept.starts());
    assertEquals(segmented.size(), kept.size());
    assertTrue(kept.get(0).tokens().stream().anyMatch(t -> t.lemma() != null));
  }

  @Test
  void sharingTheColumnsNeedsTheSameTokenCounts() {
    SentenceList segmented = segmented();
    List<Sentence> fewer = new java.util.ArrayList<>(segmented);
    fewer.remove(fewer.size() - 1);
    assertThrows(IllegalArgumentException.class, () -> segmented.withSentences(fewer));
    SentenceList changed = segmented();
    changed.set(0, changed.get(0));
    assertThrows(IllegalStateException.class, () -> changed.withSentences(List.copyOf(changed)));
  }
}
