package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hashtags, handles, e-mail addresses and links are never part of an entity mention. */
class EntityHandlesTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Info lengkap di #Pemilu2024 @kpu_ri dan akun @jokowi hari ini.",
      "Kampanye #GanjarPranowo ramai dibicarakan warganet di Jakarta.",
      "Kirim pertanyaan ke humas@kpu.go.id atau buka https://kpu.go.id untuk KPU Jawa Barat.",
      "Akun @PTKAI121 mengumumkan jadwal baru kereta Argo Bromo Anggrek.",
      "Tagar #TolakRUUPenyiaran menjadi trending di Indonesia sejak Senin."})
  void noMentionHoldsAHandle(String text) {
    for (Entity e : EntityRecognizer.standard().find(text)) {
      assertFalse(e.text().contains("#") || e.text().contains("@") || e.text().contains("://"), e.toString());
    }
  }

  @ParameterizedTest(name = "{0} [{1},{2}) -> {3}")
  @CsvSource(delimiter = ';', value = {
      // tokens separated by spaces; the mention; what is left of it, as start-end pairs
      "Info KPU @kpu_ri hari ini;1;3;1-2",
      "di #Pemilu2024 @kpu_ri .;1;3;''",
      "PT Kereta @KAI121 Indonesia;0;4;0-2 3-4",
      "Bank Mandiri cabang Jakarta;0;2;0-2",
      "hubungi humas@bca.co.id BCA;1;3;2-3"})
  void cutsAMentionAtHandles(String sentence, int start, int end, String expected) {
    String[] tokens = sentence.split(" ");
    List<TokenMention> out = EntityRecognizer.withoutHandles(tokens, List.of(new TokenMention(start, end, EntityType.ORG, 0.9)));
    StringBuilder got = new StringBuilder();
    for (TokenMention m : out) {
      got.append(got.length() == 0 ? "" : " ").append(m.start()).append('-').append(m.end());
      assertEquals(EntityType.ORG, m.type());
    }
    assertEquals(expected, got.toString());
  }
}
