package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.Document;
import id.warta.Warta;
import id.warta.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A property of every input: each entity of a {@link Document} starts where one of the document's
 * tokens starts and ends where one ends, also when a name ends in an abbreviation whose period
 * closes the sentence ({@code PT Timah Tbk.}).
 */
class EntityRecognizerPropertyTest {
  private static final Warta WARTA = Warta.builder().build();

  /** Names, abbreviations that keep their period, initials, function words and punctuation. */
  private static final String[] PIECES = {
    "PT", "Timah", "Tbk.", "Bank", "Mandiri", "Persero", "Inc.", "Corp.", "Jl.", "M.H.", "S.H.", "S.E.", "A.S.",
    "K.H.", "Dr.", "No.", "10", "Budi", "Santoso", "Lubis", "Jakarta", "Bandung", "Toyota", "Avanza", "dll.",
    "Kabupaten", "Bogor", "kata", "di", "dan", "ke", "yang", "Ia", "Presiden", "Joko", "Widodo", ".", ",", "(", ")",
    "\"", "!", "?", ":", "-", "\n", "\n\n"
  };

  @ParameterizedTest
  @ValueSource(strings = {
    "Laba bersih naik 20 persen, kata manajemen PT Timah Tbk.",
    "Saham PT Timah Tbk. Perusahaan itu naik.",
    "Ia tinggal di Jl. M.H. Thamrin No. 10, Jakarta.",
    "Rapat dipimpin Andi Wijaya, S.H. Ia menambahkan itu.",
    "Kantor pusatnya di Jl. Sudirman No. 5 Jakarta. Ia datang dari Apple Inc.",
  })
  void entitiesOfTheseTextsFallOnTokenBoundaries(String text) {
    check(text);
  }

  @Test
  void entitiesOfRandomTextsFallOnTokenBoundaries() {
    Random r = new Random(20261128L);
    for (int round = 0; round < 400; round++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(24);
      for (int i = 0; i < n; i++) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextInt(5) > 0) {
          b.append(' ');
        }
      }
      check(b.toString());
    }
  }

  private static void check(String text) {
    Document doc = WARTA.analyze(text);
    Set<Integer> starts = new HashSet<>();
    Set<Integer> ends = new HashSet<>();
    for (Token t : doc.tokens()) {
      starts.add(t.start());
      ends.add(t.end());
    }
    List<String> spans = doc.tokens().stream().map(t -> t.text() + "@" + t.start() + "-" + t.end()).toList();
    for (Entity e : doc.entities()) {
      assertTrue(starts.contains(e.start()), e + " starts inside a token of <" + text + ">: " + spans);
      assertTrue(ends.contains(e.end()), e + " ends inside a token of <" + text + ">: " + spans);
    }
  }
}
