package id.warta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.entity.EntityRecognizer;
import id.warta.entity.EntityType;
import id.warta.figure.FigureExtractor;
import id.warta.figure.FigureType;
import id.warta.morph.Lemmatizer;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The calls the README shows work as the README says. */
class ReadmeExampleTest {
  @Test
  void quickJavaExample() {
    Warta warta = Warta.builder().build();
    Document doc = warta.analyze("Penjualan Toyota naik 6% menjadi 34.000 unit pada Juli 2025.", LocalDate.of(2025, 8, 12));
    assertEquals(1, doc.sentences().size());
    assertEquals("jual", doc.tokens().get(0).lemma());
    assertTrue(doc.figures().stream().anyMatch(f -> f.type() == FigureType.PERCENT && f.value().compareTo(BigDecimal.valueOf(6)) == 0));
    assertTrue(doc.figures().stream().anyMatch(f -> f.type() == FigureType.COUNT && f.value().compareTo(BigDecimal.valueOf(34000)) == 0));
    assertTrue(doc.entities().stream().anyMatch(e -> e.text().equals("Toyota")));
  }

  @Test
  void stagesAlone() {
    assertEquals("usaha", Lemmatizer.standard().lemma("perusahaan-perusahaan"));
    assertEquals("tanya", Lemmatizer.standard().analyze("mempertanyakannya").root());
    var money = FigureExtractor.standard().extract("Laba Rp4,17 triliun, naik 12,5%.");
    assertEquals(new BigDecimal("4170000000000"), money.get(0).value().stripTrailingZeros().setScale(0));
    assertEquals("IDR", money.get(0).unit());
    var entities = EntityRecognizer.standard().find("BMW Group menjalin kemitraan dengan Alibaba Group di Shanghai.");
    assertFalse(entities.isEmpty());
    assertTrue(entities.stream().anyMatch(e -> e.type() == EntityType.LOC && e.text().equals("Shanghai")));
  }
}
