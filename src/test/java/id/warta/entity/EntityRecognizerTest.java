package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.Warta;
import id.warta.tokenize.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled recognizer: the issue's example, offsets, robustness, thread safety, user entries. */
class EntityRecognizerTest {
  private static final EntityRecognizer NER = EntityRecognizer.standard();

  private static final String EXAMPLE = "BMW Group menjalin kemitraan dengan Alibaba Group untuk mengembangkan asisten "
      + "berbasis kecerdasan buatan, kata Jochen Goller dalam acara di Distrik Pudong, Shanghai, Selasa.";

  static void assertOffsets(String text, List<Entity> es) {
    int last = -1;
    for (Entity e : es) {
      assertEquals(text.substring(e.start(), e.end()), e.text(), e.toString());
      assertTrue(e.start() >= last, "ordered and non-overlapping: " + es);
      assertTrue(e.score() >= 0 && e.score() <= 1, e.toString());
      last = e.end();
    }
  }

  private static List<String> labels(List<Entity> es) {
    return es.stream().map(e -> e.type() + ":" + e.text()).toList();
  }

  @Test
  void findsTheIssueExample() {
    List<Entity> es = NER.find(EXAMPLE);
    assertOffsets(EXAMPLE, es);
    List<String> got = labels(es);
    for (String want : List.of("ORG:BMW Group", "ORG:Alibaba Group", "PER:Jochen Goller", "LOC:Distrik Pudong", "LOC:Shanghai")) {
      assertTrue(got.contains(want), want + " not in " + got);
    }
  }

  @Test
  void findsVehicleModelsAndBrands() {
    String text = "Penjualan Toyota naik, sementara Toyota Avanza dan Wuling Air ev laris di Jakarta.";
    List<String> got = labels(NER.find(text));
    assertTrue(got.contains("ORG:Toyota"), got.toString());
    assertTrue(got.contains("PRODUCT:Toyota Avanza"), got.toString());
    assertTrue(got.contains("LOC:Jakarta"), got.toString());
  }

  @Test
  void preTokenizedInputGivesTheSameMentions() {
    assertEquals(NER.find(EXAMPLE), NER.find(Segmenter.standard().segment(EXAMPLE)));
    assertEquals(NER.find(EXAMPLE), NER.find(EXAMPLE, Segmenter.standard().segment(EXAMPLE)));
  }

  @Test
  void aNullTokenIsNamedInTheException() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> NER.findMentions(new String[] {"Joko", null, "Jakarta"}));
    assertEquals("tokens[1] is null", e.getMessage());
  }

  @Test
  void aNameEndingInAnAbbreviationKeepsTheWholeTokenAtTheSentenceEnd() {
    String text = "Laba bersih naik 20 persen, kata manajemen PT Timah Tbk.";
    assertEquals(List.of("ORG:PT Timah Tbk."), labels(NER.find(text)));
  }

  @Test
  void userEntriesAreTagged() {
    EntityRecognizer ner = EntityRecognizer.builder().add(EntityType.ORG, "Kopi Kenangan").add(EntityType.PRODUCT, "Kenangan Mantan").build();
    String text = "Gerai kopi kenangan menjual Kenangan Mantan di Bandung.";
    List<String> got = labels(ner.find(text));
    assertTrue(got.contains("ORG:kopi kenangan"), got.toString());
    assertTrue(got.contains("PRODUCT:Kenangan Mantan"), got.toString());
    assertTrue(ner.gazetteer().size() > Gazetteer.standard().size());
  }

  @Test
  void wartaFindsEntitiesByDefault() {
    assertFalse(Warta.builder().build().analyze(EXAMPLE).entities().isEmpty());
    assertTrue(Warta.builder().entities(null).build().analyze(EXAMPLE).entities().isEmpty());
  }

  static List<String> awkwardTexts() {
    StringBuilder longSentence = new StringBuilder();
    String[] words = {"Toyota", "menjual", "mobil", "di", "Jakarta", "dan", "Budi", "Santoso", "PT", "Astra"};
    for (int i = 0; i < 5000; i++) {
      longSentence.append(words[i % words.length]).append(' ');
    }
    return List.of(
        EXAMPLE.toUpperCase(Locale.ROOT),
        EXAMPLE.toLowerCase(Locale.ROOT),
        EXAMPLE.replaceAll("\\p{Punct}", ""),
        longSentence.toString(),
        "The new Toyota bZ4X will be launched in Jakarta next week, kata Presiden Direktur PT Toyota-Astra Motor Susumu Matsuda. Very exciting!",
        "BMW M2 vs Honda Civic Type R: mana lebih kencang? #otomotif @wartaid https://warta.id/a 😀",
        "",
        "   ",
        "PT",
        "PT PT PT Tbk Tbk ( Persero ) Kota Kota Kabupaten Bapak Ibu Dr.",
        "\u200B\uFEFFJakarta\u00A0Bandung\tSurabaya\n\nMedan",
        "Ibu Kota Nusantara, Kota Bekasi, Kab. Bogor, Kec. Cikarang Barat; Jl. Gatot Subroto No. 1.");
  }

  @ParameterizedTest
  @MethodSource("awkwardTexts")
  void awkwardTextNeverThrowsAndOffsetsMatch(String text) {
    assertOffsets(text, NER.find(text));
  }

  @Test
  void emptyTokenArrayFindsNothing() {
    assertEquals(List.of(), NER.findMentions(new String[0]));
  }

  @Test
  void threadsGetTheSameAnswers() throws Exception {
    List<String> texts = new ArrayList<>(awkwardTexts());
    texts.add(EXAMPLE);
    List<List<Entity>> expected = texts.stream().map(NER::find).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> fs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        fs.add(pool.submit(() -> {
          for (int r = 0; r < 5; r++) {
            for (int i = 0; i < texts.size(); i++) {
              if (!NER.find(texts.get(i)).equals(expected.get(i))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : fs) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
