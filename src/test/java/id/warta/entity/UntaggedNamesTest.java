package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which partially annotated sentences are left out of training. */
class UntaggedNamesTest {
  private static LabeledSentence sentence(String text, TokenMention... mentions) {
    return new LabeledSentence(List.of(text.split(" ")), List.of(mentions), "test");
  }

  @ParameterizedTest(name = "{0} kept: {1}")
  @CsvSource(delimiter = '|', value = {
      "Harga beras naik lagi .                       | true",
      "Penjualan Zorbaxo naik lagi .                 | false",
      "Mereka bertemu di Kwarlintang kemarin .       | false",
      "Pemerintah Indonesia menaikkan harga .        | true",
      "Ia berkata : Pemerintah menaikkan harga .     | true",
      "Kemarin Dia Datang Ke Rumah .                 | true",
  })
  void dropsSentencesWithAnUntaggedName(String text, boolean kept) {
    assertEquals(kept, UntaggedNames.dropLikelyUntagged(List.of(sentence(text))).size() == 1);
  }

  @Test
  void taggedNamesDoNotCount() {
    LabeledSentence s = sentence("Penjualan Zorbaxo naik lagi .", new TokenMention(1, 2, EntityType.ORG, 1));
    assertEquals(List.of(s), UntaggedNames.dropLikelyUntagged(List.of(s)));
  }
}
