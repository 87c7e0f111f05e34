package id.warta.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.warta.Warta;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The public API of {@link FigureExtractor}. */
class FigureExtractorTest {
  private static final String TEXT =
      "Penjualan Toyota naik 6% menjadi 34.000 unit menara pemancar berbasis 5G pada 4 Juli, kemarin.";

  @Test
  void extractsTheIssueExample() {
    List<Figure> fs = FigureExtractor.standard().extract(TEXT);
    assertEquals(List.of(FigureType.PERCENT, FigureType.COUNT, FigureType.DATE, FigureType.DATE),
        fs.stream().map(Figure::type).toList());
    Figure count = fs.get(1);
    assertEquals("34.000 unit", count.text());
    assertEquals("menara pemancar berbasis 5G", count.object());
    assertEquals(TEXT.indexOf("menara"), count.objectStart());
    assertEquals("XXXX-07-04", fs.get(2).iso());
    assertEquals("-P1D", fs.get(3).iso());
  }

  @Test
  void resolvesDatesAgainstTheReferenceDate() {
    List<Figure> fs = FigureExtractor.standard().extract(TEXT, LocalDate.of(2024, 3, 15));
    assertEquals("2024-07-04", fs.get(2).iso());
    assertEquals("2024-03-14", fs.get(3).iso());
  }

  @Test
  void wartaFindsFiguresByDefault() {
    var doc = Warta.builder().build().analyze(TEXT, LocalDate.of(2024, 3, 15));
    assertEquals(FigureExtractor.standard().extract(TEXT, LocalDate.of(2024, 3, 15)), doc.figures());
    assertEquals(List.of(), Warta.builder().figures(null).build().analyze(TEXT).figures());
  }

  @Test
  void isThreadSafe() {
    List<Figure> expected = FigureExtractor.standard().extract(TEXT);
    IntStream.range(0, 200).parallel()
        .forEach(k -> assertEquals(expected, FigureExtractor.standard().extract(TEXT)));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> FigureExtractor.standard().extract(null));
    assertThrows(NullPointerException.class, () -> FigureExtractor.standard().extract("x", null));
  }
}
