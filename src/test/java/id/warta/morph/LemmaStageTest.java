package id.warta.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.warta.Document;
import id.warta.Warta;
import id.warta.text.Token;
import id.warta.text.Word;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tokens get lemmas and syntactic words with offsets into the original text. */
class LemmaStageTest {
  private static final Warta WARTA = Warta.builder().build();

  private static Token token(String text, String form) {
    Document d = WARTA.analyze(text);
    return d.sentences().stream().flatMap(s -> s.tokens().stream())
        .filter(t -> t.text().equals(form)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      rumahnya        | rumah nya       | rumah dia
      apakah          | apa kah         | apa kah
      bukuku          | buku ku         | buku aku
      mobilnyalah     | mobil nya lah   | mobil dia lah
      kuasa-mu        | kuasa- mu       | kuasa kamu
      """)
  void cliticsBecomeWords(String form, String words, String lemmas) {
    Token t = token("Dia melihat " + form + " kemarin.", form);
    assertEquals(words, t.words().stream().map(Word::text).collect(Collectors.joining(" ")));
    assertEquals(lemmas, t.words().stream().map(Word::lemma).collect(Collectors.joining(" ")));
    String original = "Dia melihat " + form + " kemarin.";
    for (Word w : t.words()) {
      assertEquals(w.text(), original.substring(w.start(), w.end()));
    }
  }

  @ParameterizedTest
  @CsvSource({"hanya", "adalah", "akhirnya", "setelah", "biasanya", "bertanya", "masalah", "sekolah"})
  void lexicalizedFormsAreOneWord(String form) {
    Token t = token("Itu " + form + " saja.", form);
    assertEquals(1, t.words().size(), form);
    assertEquals(form, t.words().get(0).text());
  }

  @Test
  void sentenceInitialCommonWordsAreLemmatizedAndNamesKept() {
    Document d = WARTA.analyze("Penjualan mobil Toyota naik. Menurutnya, Kediri aman.");
    List<Token> tokens = d.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
    assertEquals("jual", tokens.get(0).lemma());
    assertEquals("Toyota", tokens.get(2).lemma());
    Token menurutnya = tokens.stream().filter(t -> t.text().equals("Menurutnya")).findFirst().orElseThrow();
    assertEquals(List.of("Menurut", "nya"), menurutnya.words().stream().map(Word::text).toList());
    Token kediri = tokens.stream().filter(t -> t.text().equals("Kediri")).findFirst().orElseThrow();
    assertEquals("Kediri", kediri.lemma());
  }

  @ParameterizedTest(name = "{0} and {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Jum’at | Jum'at
      Ma’ruf  | Ma'ruf
      """)
  void typographicApostrophesGiveOneLemma(String curly, String straight) {
    Token a = token("Pada hari " + curly + " itu ia datang.", curly);
    Token b = token("Pada hari " + straight + " itu ia datang.", straight);
    assertEquals(b.lemma(), a.lemma());
  }

  @Test
  void everyTokenGetsAtLeastOneWord() {
    Document d = WARTA.analyze("Harga BBM naik 6% menjadi Rp10.000 per liter, kata @warta di https://warta.id.");
    d.sentences().forEach(s -> s.tokens().forEach(t -> {
      assertEquals(true, t.words().size() >= 1, t.text());
      assertEquals(true, t.lemma() != null, t.text());
    }));
  }

  @Test
  void lemmasCanBeSwitchedOff() {
    Document d = Warta.builder().lemmas(false).build().analyze("Rumahnya besar.");
    assertEquals(null, d.sentences().get(0).tokens().get(0).lemma());
  }
}
