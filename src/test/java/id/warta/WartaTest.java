package id.warta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WartaTest {
  private static final Warta WARTA = Warta.builder().build();

  @Test
  void aDocumentsListsCannotBeChanged() {
    Document doc = WARTA.analyze("Penjualan naik 6% menjadi 34.000 unit di Jakarta.");
    assertThrows(UnsupportedOperationException.class, () -> doc.tokens().clear());
    assertThrows(UnsupportedOperationException.class, () -> doc.sentences().clear());
    assertThrows(UnsupportedOperationException.class, () -> doc.figures().clear());
    assertThrows(UnsupportedOperationException.class, () -> doc.entities().clear());
  }

  @Test
  void nullIsRejectedWithAClearMessage() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> WARTA.analyze(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void tooLongInputIsRejected() {
    Warta small = Warta.builder().maxLength(10).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.analyze("x".repeat(11)));
    assertTrue(e.getMessage().contains("exceeds the limit of 10"), e.getMessage());
    assertEquals(1, small.analyze("x".repeat(10)).sentences().size());
    assertThrows(IllegalArgumentException.class, () -> Warta.builder().maxLength(0));
  }

  @Test
  void emptyAndBlankInputGiveEmptyDocuments() {
    assertTrue(WARTA.analyze("").sentences().isEmpty());
    assertTrue(WARTA.analyze(" \n\t\u00A0").tokens().isEmpty());
  }

  @Test
  void inputIsNeverChanged() {
    String text = "Cafe\u0301 “baru” buka 😀 di Jl. Braga\r\n";
    Document doc = WARTA.analyze(text);
    assertEquals(text, doc.text());
    doc.tokens().forEach(t -> assertEquals(text.substring(t.start(), t.end()), t.text()));
    assertEquals("Café", doc.tokens().get(0).norm());
    assertEquals("\"", doc.tokens().get(1).norm());
  }

  @Test
  void oneInstanceSharedByEightThreadsGivesTheSameResults() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      texts.add("Penjualan mobil ke-" + i + " naik " + i + ",5% menjadi Rp" + i + ".000. Dr. Andi senang! "
          + "Lihat https://warta.id/" + i + " #otomotif @warta 😀");
    }
    List<Document> expected = texts.stream().map(WARTA::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Document>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> texts.stream().map(WARTA::analyze).toList()));
      }
      for (Future<List<Document>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
