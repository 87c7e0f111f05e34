package id.warta.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.opennlp.WartaNameFinderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** A tiny training smoke test: determinism, recorded parameters, OpenNLP's own loader. */
class EntityTrainerTest {
  private static List<LabeledSentence> tinyCorpus() {
    EntityCorpus c = EntityCorpus.standard();
    String[] people = {"Budi Santoso", "Siti Rahayu", "Andi Wijaya", "Rina Siregar"};
    String[] places = {"Bandung", "Surabaya", "Medan", "Makassar"};
    String[] orgs = {"Toyota", "Honda", "Bank Mandiri", "Pertamina"};
    List<LabeledSentence> out = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      out.add(c.parse("<START:per> " + people[i % 4] + " <END> bekerja di <START:org> " + orgs[(i + 1) % 4]
          + " <END> cabang <START:loc> " + places[(i + 2) % 4] + " <END>.", "tiny:" + i));
    }
    return out;
  }

  private static final EntityTrainer.Params PARAMS = new EntityTrainer.Params("PERCEPTRON", 20, 0, 1, 6, 2);

  @Test
  void trainingIsDeterministicAndRecordsItsParameters() throws IOException {
    TokenNameFinderModel a = EntityTrainer.train(tinyCorpus(), PARAMS, "tiny");
    TokenNameFinderModel b = EntityTrainer.train(tinyCorpus(), PARAMS, "tiny");
    String[] probe = {"Andi", "Wijaya", "bekerja", "di", "Honda", "cabang", "Medan", "."};
    EntityRecognizer ra = EntityRecognizer.builder().model(a).rules(false).build();
    EntityRecognizer rb = EntityRecognizer.builder().model(b).rules(false).build();
    assertEquals(ra.findMentions(probe), rb.findMentions(probe));
    assertEquals(List.of(TokenMention.gold(0, 2, EntityType.PER), TokenMention.gold(4, 5, EntityType.ORG),
        TokenMention.gold(6, 7, EntityType.LOC)), ra.findMentions(probe).stream()
        .map(m -> TokenMention.gold(m.start(), m.end(), m.type())).toList());
    assertEquals("PERCEPTRON", a.getManifestProperty(WartaNameFinderFactory.MANIFEST_PREFIX + "algorithm"));
    assertEquals("20", a.getManifestProperty(WartaNameFinderFactory.MANIFEST_PREFIX + "iterations"));
    assertEquals("tiny", a.getManifestProperty(WartaNameFinderFactory.MANIFEST_PREFIX + "data"));
    assertEquals("1", a.getManifestProperty(WartaNameFinderFactory.MANIFEST_PREFIX + "threads"));
  }

  @Test
  void theModelZipLoadsWithOpenNlpsOwnClasses() throws IOException {
    TokenNameFinderModel m = EntityTrainer.train(tinyCorpus(), PARAMS, "tiny");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    m.serialize(bytes);
    TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    assertTrue(loaded.getFactory() instanceof WartaNameFinderFactory);
    Span[] spans = new NameFinderME(loaded).find(new String[] {"Siti", "Rahayu", "bekerja", "di", "Pertamina", "cabang", "Bandung", "."});
    assertArrayEquals(new Span[] {new Span(0, 2, "PER"), new Span(4, 5, "ORG"), new Span(6, 7, "LOC")},
        java.util.Arrays.stream(spans).map(s -> new Span(s.getStart(), s.getEnd(), s.getType())).toArray(Span[]::new));
  }

  @Test
  void auxiliarySentencesAreCountedAndTheModelStillFindsNames() throws IOException {
    List<LabeledSentence> own = tinyCorpus();
    List<LabeledSentence> aux = tinyCorpus().subList(0, 6);
    TokenNameFinderModel a = EntityTrainer.train(own, aux, 0, PARAMS, "tiny+aux");
    TokenNameFinderModel b = EntityTrainer.train(own, aux, 0, PARAMS, "tiny+aux");
    assertEquals("6", a.getManifestProperty(WartaNameFinderFactory.MANIFEST_PREFIX + "auxiliarySentences"));
    String[] probe = {"Rina", "Siregar", "bekerja", "di", "Toyota", "cabang", "Surabaya", "."};
    EntityRecognizer ra = EntityRecognizer.builder().model(a).rules(false).build();
    assertEquals(ra.findMentions(probe), EntityRecognizer.builder().model(b).rules(false).build().findMentions(probe));
    assertEquals(List.of(EntityType.PER, EntityType.ORG, EntityType.LOC),
        ra.findMentions(probe).stream().map(m -> m.type()).toList());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    a.serialize(bytes);
    TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    assertTrue(loaded.getFactory() instanceof WartaNameFinderFactory);
    assertEquals(ra.findMentions(probe), EntityRecognizer.builder().model(loaded).rules(false).build().findMentions(probe));
  }

  @Test
  void defaultFeatureBaselineTrainsToo() {
    TokenNameFinderModel m = EntityTrainer.trainDefaultFeatures(tinyCorpus(), PARAMS);
    assertTrue(new NameFinderME(m).find(new String[] {"Budi", "Santoso", "bekerja", "."}).length >= 0);
  }

  @Test
  void badParametersAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new EntityTrainer.Params("SVM", 10, 0, 1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new EntityTrainer.Params("MAXENT", 0, 0, 1, 0, 0));
  }
}
