package id.warta.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names, places and roots that look affixed must keep their form. */
class MustNotStemTest {
  private static final Lemmatizer L = Lemmatizer.standard();

  @ParameterizedTest
  @ValueSource(strings = {
      "Jakarta", "Surabaya", "Bandung", "Medan", "Kediri", "Pekalongan", "Semarang", "Berlin",
      "Diana", "Dimas", "Merapi", "Sudirman", "Teguh", "Perdana", "Mentari", "Toyota", "Pertamina",
      "Telkomsel", "Kemenkeu", "BUMN", "DPR", "OJK", "Bekasi", "Pemalang", "Sekar", "Ketapang",
      "Kalimantan", "Mandalika", "Lampung", "Pangandaran", "Menteng", "Pejaten"})
  void capitalizedNamesKeepTheirForm(String name) {
    assertEquals(name, L.lemma(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "bersih", "penting", "sederhana", "merdeka", "pelan", "terang", "telanjang", "bijaksana",
      "sejahtera", "perempuan", "pantai", "negeri", "ikan", "jalan", "bahan", "dialog", "digital",
      "diskusi", "distrik", "diploma", "dinasti", "kenya", "berlian", "terminal", "pesawat",
      "mentari", "kendaraan"})
  void rootsThatLookAffixedStay(String word) {
    String expected = word.equals("kendaraan") ? "kendara" : word;
    assertEquals(expected, L.lemma(word));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      berupa     | rupa
      kendaraan  | kendara
      berikan    | beri
      negerinya  | negeri
      perbankan  | bank
      """)
  void overStemmingTrapsOfOtherStemmers(String word, String lemma) {
    assertEquals(lemma, L.lemma(word));
  }

  @Test
  void protectedWordsAreNeverAnalyzed() {
    Lemmatizer l = Lemmatizer.builder().protect("pemandu", "Kediri").cacheSize(0).build();
    assertEquals("pemandu", l.lemma("pemandu"));
    assertEquals("kediri", l.lemma("kediri"));
    assertEquals("pandu", Lemmatizer.standard().lemma("pemandu"));
  }
}
