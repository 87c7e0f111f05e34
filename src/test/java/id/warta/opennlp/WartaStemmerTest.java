package id.warta.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenNLP stemmer and lemmatizer adapters. */
class WartaStemmerTest {
  @Test
  void stemsToTheLowercaseRoot() {
    WartaStemmer s = new WartaStemmer();
    assertEquals("kendara", s.stem("Kendaraannya").toString());
    assertEquals("tulis", s.stem("menuliskan").toString());
    assertEquals("mobil", s.stem("mobil-mobil").toString());
  }

  @Test
  void lemmatizesTokensIgnoringTags() {
    WartaLemmatizer l = new WartaLemmatizer();
    assertArrayEquals(new String[] {"Toyota", "jual", "mobil", "."},
        l.lemmatize(new String[] {"Toyota", "menjual", "mobil-mobil", "."}, new String[] {"X", "X", "X", "X"}));
    assertEquals(List.of(List.of("rumah"), List.of("baca")),
        l.lemmatize(List.of("rumahnya", "dibaca"), List.of("NOUN", "VERB")));
  }
}
