package id.warta.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.warta.eval.FigureEvaluator;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Number reading, one behaviour per row. */
class NumberReaderTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "34.000|34000", "1.234.567,89|1234567.89", "4,17|4.17", "10.4|10.4", "3.25|3.25", "160,000|160000",
    "1,234,567.89|1234567.89", "1,5|1.5", "2020|2020", "0,5|0.5", "1.500|1500", "12,500|12.5", "3.14159|3.14159"})
  void digitsWithSeparators(String text, String value) {
    assertEquals(new BigDecimal(value).compareTo(NumberReader.parseDigits(text)), 0, text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0812", "05", "1.2.3", "10:30", "1.23.456", "12a"})
  void notPlainNumbers(String text) {
    assertNull(NumberReader.parseDigits(text), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "dua puluh lima orang|25", "seratus dua puluh tiga orang|123", "sebelas orang|11", "tujuh belas orang|17",
    "dua ratus ribu orang|200000", "satu setengah juta orang|1500000", "sejuta orang|1000000",
    "setengah persen|0.5", "seperempat persen|0.25", "Rp4,17 triliun|4170000000000", "Rp 50 rb|50000",
    "Rp2,1M|2100000000", "Rp 1,5 T|1500000000000", "tiga juta lima ratus ribu orang|3500000",
    "120-180 ribu unit|[120000,180000]", "antara 5 dan 7 persen|[5,7]", "10 s.d. 15 persen|[10,15]",
    "puluhan ribu orang|10000", "Rp 3,2 triliunan|3200000000000", "ratusan juta rupiah|100000000",
    "dua-tiga hari|[2,3]", "Empat-lima orang|[4,5]", "lima-sepuluh menit|[5,10]", "dua hingga tiga juta orang|[2000000,3000000]",
    "dua-tiga juta rupiah|[2000000,3000000]"})
  void numbersInText(String text, String value) {
    var fs = FigureExtractor.standard().extract(text);
    assertEquals(1, fs.size(), text + " -> " + fs);
    assertEquals(value, FigureEvaluator.value(fs.get(0)), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "dua-tiga|3", "Empat-lima|5", "satu-dua|4", "sembilan-sepuluh|8", "sepuluh-sebelas|7",
    // not ranges: repetitions, descending pairs, zero, other words, a hyphen at the edge
    "satu-satu|-1", "dua-dua|-1", "lima-tiga|-1", "nol-satu|-1", "dua-duanya|-1", "kedua-duanya|-1",
    "satu-satunya|-1", "dua-|-1", "-dua|-1", "dua-ratus|-1", "seratus-seribu|-1"})
  void spelledPairs(String token, int dash) {
    assertEquals(dash, Lexicon.bundled().spelledPairDash(token), token);
  }

  /** Digits of other scripts read as ASCII ones; the figure's text and offsets stay those of the input. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Penjualan \uFF13\uFF14.\uFF10\uFF10\uFF10 unit terjual|\uFF13\uFF14.\uFF10\uFF10\uFF10 unit|34000",
    "Inflasi naik \uFF16,\uFF15% bulan itu|\uFF16,\uFF15%|6.5",
    "Penjualan \u0663\u0664.\u0660\u0660\u0660 unit terjual|\u0663\u0664.\u0660\u0660\u0660 unit|34000",
    "Harga naik menjadi Rp\uFF15\uFF10\uFF10 ribu|Rp\uFF15\uFF10\uFF10 ribu|500000",
    // groups set off by a no-break, narrow no-break or thin space are one number
    "Harga Rp 5\u00A0000 per unit|Rp 5\u00A0000 per unit|5000",
    "Sebanyak 1\u2009250 unit terjual|1\u2009250 unit|1250",
    "Dana Rp12\u202F500\u202F000 cair|Rp12\u202F500\u202F000|12500000"})
  void otherDigitsAndGroupSpaces(String text, String figureText, String value) {
    var fs = FigureExtractor.standard().extract(text);
    assertEquals(1, fs.size(), text + " -> " + fs);
    Figure f = fs.get(0);
    assertEquals(figureText, f.text());
    assertEquals(figureText, text.substring(f.start(), f.end()));
    assertEquals(value, FigureEvaluator.value(f), text);
  }

  /** Must not join: an ordinary space, a first group of four digits, a group not of three digits. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Pada 2020\u00A0100 orang hadir.|2020;100",
    "Dari 12 100 orang, separuhnya pulang.|12;100",
    "Skornya 3\u00A045 dan 7\u00A01234 poin.|3;45;7;1234"})
  void mustNotJoinGroups(String text, String values) {
    var fs = FigureExtractor.standard().extract(text);
    assertEquals(values, String.join(";", fs.stream().map(FigureEvaluator::value).toList()), text + " -> " + fs);
  }
}
