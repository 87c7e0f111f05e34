package id.warta.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected lemmas, one behaviour per table (word, lemma). Written by hand, not taken from gold data. */
class LemmatizerGoldenTest {
  private static final Lemmatizer L = Lemmatizer.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      membaca        | baca
      memakai        | pakai
      memukul        | pukul
      memakan        | makan
      menulis        | tulis
      mencari        | cari
      mendapat       | dapat
      menjual        | jual
      mengambil      | ambil
      mengirim       | kirim
      menggali       | gali
      menyapu        | sapu
      melihat        | lihat
      merasa         | rasa
      mengebom       | bom
      penulis        | tulis
      pembaca        | baca
      pengirim       | kirim
      penyapu        | sapu
      """)
  void nasalPrefixIsUndone(String word, String lemma) {
    assertEquals(lemma, L.lemma(word));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      dibaca         | baca
      berlari        | lari
      beternak       | ternak
      berupa         | rupa
      terbang        | terbang
      penjualan      | jual
      perbaikan      | baik
      memperbaiki    | baik
      diperbaiki     | baik
      keadaan        | ada
      kedatangan     | datang
      kebersihan     | bersih
      pendidikan     | didik
      pertanian      | tani
      kepercayaan    | percaya
      mempertanyakan | tanya
      mengetahui     | tahu
      """)
  void prefixesAndConfixes(String word, String lemma) {
    assertEquals(lemma, L.lemma(word));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      berikan        | beri
      makanan        | makan
      bangunan       | bangun
      mainan         | main
      mendengarkan   | dengar
      menanyakan     | tanya
      mengakhiri     | akhir
      """)
  void suffixes(String word, String lemma) {
    assertEquals(lemma, L.lemma(word));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      rumahnya       | rumah
      bukuku         | buku
      apakah         | apa
      bukumu         | buku
      mobilnyalah    | mobil
      dirinya        | diri
      kuambil        | ambil
      """)
  void cliticsAreSplitOff(String word, String lemma) {
    assertEquals(lemma, L.lemma(word));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      adalah
      hanya
      akhirnya
      biasanya
      setelah
      telah
      masalah
      sekolah
      punya
      bertanya
      maupun
      buku
      kamu
      """)
  void lexicalizedFormsStayWhole(String word) {
    Analysis a = L.analyze(word);
    assertEquals(word, a.root());
    assertEquals(0, a.clitics().size(), "no clitic split off " + word);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      mobil-mobil              | mobil
      perusahaan-perusahaan    | usaha
      berbeda-beda             | beda
      terus-menerus            | terus
      habis-habisan            | habis
      menggeleng-gelengkan     | geleng
      sayur-mayur              | sayur
      """)
  void reduplicationGoesToTheBase(String word, String lemma) {
    assertEquals(lemma, L.lemma(word));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      nyoba      | coba
      nulis      | tulis
      ngambil    | ambil
      ngirim     | kirim
      ngebuka    | buka
      dengerin   | dengar
      betulin    | betul
      temenan    | teman
      ketipu     | tipu
      """)
  void informalMode(String word, String lemma) {
    Lemmatizer informal = Lemmatizer.builder().informal(true).build();
    assertEquals(lemma, informal.lemma(word));
  }
}
