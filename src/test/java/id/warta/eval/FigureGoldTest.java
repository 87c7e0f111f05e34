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

  @ParameterizedTest(name = "accepts {0}")
  @CsvSource({"2020-07-04", "XXXX-07-04", "2021-Q3", "XXXX-WXX-6", "197X", "18XX", "-0249/-0179", "2026-01/2026-09",
      "P1.5Y", "-P1W", "PT2H30M", "P0D", "0732"})
  void acceptsIsoValues(String value) {
    FigureGold g = FigureGold.parse("> Pada waktu itu.\nDATE | waktu | " + value + "\n", "t");
    assertEquals(value, g.cases().get(0).figures().get(0).value());
  }

  @ParameterizedTest(name = "{0} is the number {1}")
  @CsvSource({"732,732", "2022,2022", "0.50,0.5", "0,0", "07,7"})
  void readsPlainValuesAsNumbers(String value, String expected) {
    assertEquals(expected, FigureGold.canonicalValue(value, "t"));
  }

  @ParameterizedTest(name = "rejects {0}")
  @CsvSource({"lima", "tahun lalu", "2020-07-04 (Senin)", "p1y"})
  void rejectsValuesThatAreNoNumberRangeOrIso(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FigureGold.parse("> Pada waktu itu.\nDATE | waktu | " + value + "\n", "t"));
    assertEquals(true, e.getMessage().contains("not a number, [min, max] range or ISO-8601 value: " + value), e.getMessage());
  }

  @ParameterizedTest(name = "{0} in \"{1}\" from {2} is at {3}")
  @CsvSource(delimiter = ';', value = {
      // not inside the number or word before: the "4" of "ke 4 posko" after "340 KK"
      "4;1.127 warga atau 340 KK mengungsi ke 4 posko;18;37",
      "4 tahun;berusia 24 tahun itu dengan kontrak 4 tahun;9;36",
      // glued to punctuation or a sign is apart
      "5%;naik 5%, lalu 15%;0;5",
      "Rp5;harga Rp5 ribu;0;6",
      // when only a glued occurrence exists, that one
      "4;pada 1945;0;7",
      "kg;10kg beras;0;2"})
  void locatesAFigureApartFromTheWordsAroundIt(String figure, String text, int from, int expected) {
    assertEquals(expected, FigureGold.locate(text, figure, from));
  }

  private static final java.util.Map<String, String> TEXTS = new java.util.LinkedHashMap<>();

  static {
    TEXTS.put("s1", "Lebih dari 300 perusahaan ikut pada 2014.");
    TEXTS.put("s2", "Peugeot 3008 hadir di Jakarta.");
  }

  @Test
  void readsStandoffGoldOverTextsKeptElsewhere() {
    FigureGold g = FigureGold.parseStandoff("# over TEXTS\n= s1\nCOUNT | 0-14 | 300 | - | more_than | 15-25\nDATE | 36-40 | 2014\n",
        TEXTS, "t");
    assertEquals(2, g.cases().size(), "every text is a case");
    FigureGold.Expected count = g.cases().get(0).figures().get(0);
    assertEquals("Lebih dari 300", count.text());
    assertEquals("perusahaan", count.object());
    assertEquals(Qualifier.MORE_THAN, count.qualifier());
    assertEquals("2014", g.cases().get(0).figures().get(1).text());
    assertEquals(0, g.cases().get(1).figures().size(), "a text not listed expects no figure");
  }

  /** Cases of stand-off gold, {@code ~} for a line break. */
  @ParameterizedTest(name = "stand-off error: {1}")
  @CsvSource(delimiter = ';', value = {
      "= s9;no text with id s9",
      "= s1~= s1;id listed twice",
      "DATE | 36-40 | 2014;before any '=' id line",
      "= s1~DATE | 36-99 | 2014;outside a text",
      "= s1~DATE | 40-36 | 2014;outside a text",
      "= s1~DATE | 36 | 2014;not a span",
      "= s1~DATE | - | 2014;no span"})
  void rejectsBadStandoffGold(String content, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FigureGold.parseStandoff(content.replace('~', '\n'), TEXTS, "t"));
    assertEquals(true, e.getMessage().contains(message), e.getMessage());
  }
}
