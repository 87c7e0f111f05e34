package id.warta.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductModelsTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "nmax, true", "vario, true", "iphone, true", "avanza, true",
      // must not match: brands alone, companies, common words
      "toyota, false", "honda, false", "pp, false", "desa, false", "unit, false", "harga, false"})
  void tellsModelNames(String word, boolean model) {
    assertEquals(model, ProductModels.isModel(word), word);
  }
}
