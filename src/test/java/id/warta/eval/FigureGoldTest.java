package id.warta.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.warta.figure.FigureType;
import id.warta.figure.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureGoldTest {
  @ParameterizedTest(name = "qualifier field \"{0}\" is {1}")
  @CsvSource(delimiter = ';', value = {"'';EXACT", "-;EXACT", "exact;EXACT", "at_least;AT_LEAST", "MORE_THAN;MORE_THAN"})
  void readsTheQualifierField(String field, Qualifier expected) {
    FigureGold g = FigureGold.parse("> Harga naik 5 persen.\nPERCENT | 5 persen | 5 | % | " + field + " | -\n", "t");
    FigureGold.Expected e = g.cases().get(0).figures().get(0);
    assertEquals(expected, e.qualifier());
    assertEquals(FigureType.PERCENT, e.type());
    assertNull(e.object());
  }

  @Test
  void rejectsAnUnknownQualifier() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FigureGold.parse("> Harga naik 5 persen.\nPERCENT | 5 persen | 5 | % | kira | -\n", "t"));
    assertEquals(true, e.getMessage().contains("unknown qualifier kira"), e.getMessage());
  }
}
