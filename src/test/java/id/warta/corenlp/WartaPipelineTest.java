package id.warta.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import id.warta.Document;
import id.warta.Warta;
import id.warta.entity.Entity;
import id.warta.entity.EntityRecognizer;
import id.warta.figure.Figure;
import id.warta.figure.FigureExtractor;
import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.tokenize.Segmenter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A StanfordCoreNLP pipeline built from properties gives what Warta's own API gives. */
class WartaPipelineTest {
  /** Invented news text: abbreviations, currency, clitics, reduplication, blank lines, emoji, URLs, edge spacing. */
  static List<String> texts() {
    return List.of(
        "Harga cabai di Pasar Minggu naik 12,5% menjadi Rp45.000 per kg, kata Dewi Lestari kemarin.",
        "Direktur Utama PT Sinar Abadi Tbk. Budi Santoso meresmikan pabrik baru di Jl. Gatot Subroto No. 12, Bandung. "
            + "Investasinya mencapai Rp1,2 triliun.",
        "  Warga mempertanyakannya.\n\nBantuan perusahaan-perusahaan itu tiba Senin (4/7) pagi!  ",
        "Apakah rumahnya dijual? \"Tidak,\" jawabnya… 😊 #pasar @warta https://warta.id/x",
        "PENJUALAN NAIK\nSamsung Galaxy S24 terjual 5 juta unit di Indonesia dan Malaysia pada kuartal III 2024.",
        "Menurut Menteri Keuangan Sri Rahayu, defisit anggaran 2025 diperkirakan 2,7 persen.",
        "");
  }

  static StanfordCoreNLP pipeline(String annotators, String... more) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("customAnnotatorClass.wartasegment", WartaSegmenterAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.wartalemma", WartaLemmaAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.wartaner", WartaEntityAnnotator.class.getName());
    p.setProperty("customAnnotatorClass.wartafigures", WartaFigureAnnotator.class.getName());
    for (int i = 0; i < more.length; i += 2) {
      p.setProperty(more[i], more[i + 1]);
    }
    return new StanfordCoreNLP(p);
  }

  private static final StanfordCoreNLP FULL = pipeline("wartasegment, wartalemma, wartaner, wartafigures");

  private static Annotation annotate(StanfordCoreNLP pipeline, String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    return a;
  }

  @ParameterizedTest
  @MethodSource("texts")
  void tokensOffsetsAndSentencesAreTheSegmenters(String text) {
    Annotation a = annotate(FULL, text);
    List<Sentence> expected = Segmenter.standard().segment(text);
    List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreLabel> all = a.get(CoreAnnotations.TokensAnnotation.class);
    assertEquals(expected.size(), sentences.size(), "sentences of " + text);
    int docIndex = 0;
    for (int si = 0; si < expected.size(); si++) {
      Sentence want = expected.get(si);
      CoreMap got = sentences.get(si);
      assertEquals(want.text(), got.get(CoreAnnotations.TextAnnotation.class));
      assertEquals(want.start(), got.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
      assertEquals(want.end(), got.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      assertEquals(si, got.get(CoreAnnotations.SentenceIndexAnnotation.class));
      assertEquals(docIndex, got.get(CoreAnnotations.TokenBeginAnnotation.class));
      List<CoreLabel> tokens = got.get(CoreAnnotations.TokensAnnotation.class);
      assertEquals(want.tokens().size(), tokens.size(), want.text());
      for (int ti = 0; ti < tokens.size(); ti++) {
        Token w = want.tokens().get(ti);
        CoreLabel l = tokens.get(ti);
        assertEquals(w.text(), l.originalText());
        assertEquals(w.norm(), l.word());
        assertEquals(w.norm(), l.value());
        assertEquals(w.start(), l.beginPosition());
        assertEquals(w.end(), l.endPosition());
        assertEquals(w.kind(), l.get(WartaAnnotations.TokenKindAnnotation.class));
        assertEquals(ti + 1, l.index());
        assertEquals(si, l.sentIndex());
        assertEquals(docIndex, l.get(CoreAnnotations.TokenBeginAnnotation.class));
        assertEquals(docIndex + 1, l.get(CoreAnnotations.TokenEndAnnotation.class));
        assertFalse(l.isNewline());
        assertTrue(l == all.get(docIndex), "document and sentence share token objects");
        docIndex++;
      }
      assertEquals(docIndex, got.get(CoreAnnotations.TokenEndAnnotation.class));
    }
    assertEquals(docIndex, all.size());
  }

  @ParameterizedTest
  @MethodSource("texts")
  void beforeAndAfterRebuildTheText(String text) {
    List<CoreLabel> tokens = annotate(FULL, text).get(CoreAnnotations.TokensAnnotation.class);
    if (tokens.isEmpty()) {
      assertTrue(text.isBlank());
      return;
    }
    StringBuilder sb = new StringBuilder(tokens.get(0).before());
    for (int i = 0; i < tokens.size(); i++) {
      sb.append(tokens.get(i).originalText()).append(tokens.get(i).after());
      if (i + 1 < tokens.size()) {
        assertEquals(tokens.get(i).after(), tokens.get(i + 1).before());
      }
    }
    assertEquals(text, sb.toString());
  }

  @ParameterizedTest
  @MethodSource("texts")
  void lemmasAreWartas(String text) {
    Document d = Warta.builder().entities(false).figures(false).build().analyze(text);
    List<CoreLabel> tokens = annotate(FULL, text).get(CoreAnnotations.TokensAnnotation.class);
    List<Token> expected = d.tokens();
    assertEquals(expected.size(), tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      assertEquals(expected.get(i).lemma(), tokens.get(i).lemma(), expected.get(i).text());
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      mempertanyakannya       | tanya
      perusahaan-perusahaan   | usaha
      rumahnya                | rumah
      dijual                  | jual
      Investasinya            | investasi
      Samsung                 | Samsung
      Rp                      | Rp
      """)
  void lemmasOfSomeTokens(String form, String lemma) {
    String text = texts().stream().filter(t -> t.contains(form)).findFirst().orElseThrow();
    CoreLabel token = annotate(FULL, text).get(CoreAnnotations.TokensAnnotation.class).stream()
        .filter(l -> l.originalText().equals(form)).findFirst().orElseThrow();
    assertEquals(lemma, token.lemma());
  }

  @ParameterizedTest
  @MethodSource("texts")
  void entityTagsAndMentionsAreTheRecognizers(String text) {
    List<Entity> expected = EntityRecognizer.standard().find(text);
    Annotation a = annotate(FULL, text);
    for (CoreLabel l : a.get(CoreAnnotations.TokensAnnotation.class)) {
      String tag = "O";
      for (Entity e : expected) {
        if (l.beginPosition() < e.end() && l.endPosition() > e.start()) {
          tag = e.type().name();
        }
      }
      assertEquals(tag, l.ner(), l.originalText() + " in " + text);
    }
    List<CoreMap> mentions = a.get(CoreAnnotations.MentionsAnnotation.class);
    assertEquals(expected.size(), mentions.size(), text);
    for (int i = 0; i < expected.size(); i++) {
      Entity e = expected.get(i);
      CoreMap m = mentions.get(i);
      assertEquals(e.text(), m.get(CoreAnnotations.TextAnnotation.class));
      assertEquals(e.start(), m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
      assertEquals(e.end(), m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      assertEquals(e.type().name(), m.get(CoreAnnotations.EntityTypeAnnotation.class));
      assertEquals(i, m.get(CoreAnnotations.EntityMentionIndexAnnotation.class));
      for (CoreLabel l : m.get(CoreAnnotations.TokensAnnotation.class)) {
        assertEquals(i, l.get(CoreAnnotations.EntityMentionIndexAnnotation.class));
        assertEquals(e.score(), l.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class).get(e.type().name()));
      }
    }
    assertEquals(expected, a.get(WartaAnnotations.EntitiesAnnotation.class));
  }

  @Test
  void theTextsHaveEntitiesOfEveryKindToCompare() {
    List<String> types = texts().stream().flatMap(t -> EntityRecognizer.standard().find(t).stream())
        .map(e -> e.type().name()).distinct().sorted().toList();
    assertEquals(List.of("LOC", "ORG", "PER", "PRODUCT"), types);
  }

  @Test
  void coreDocumentReadsTheMentions() {
    CoreDocument doc = FULL.processToCoreDocument("Budi Santoso pindah dari Surabaya ke Jakarta.");
    List<String> got = new ArrayList<>();
    for (CoreEntityMention m : doc.entityMentions()) {
      got.add(m.entityType() + ":" + m.text());
    }
    assertEquals(List.of("PER:Budi Santoso", "LOC:Surabaya", "LOC:Jakarta"), got);
    assertEquals("pindah", doc.tokens().get(2).lemma());
  }

  @Test
  void corenlpTagsAndNoMentionsOnRequest() {
    StanfordCoreNLP p = pipeline("wartasegment, wartaner", "wartaner.tags", "corenlp", "wartaner.mentions", "false");
    Annotation a = annotate(p, "Budi Santoso bekerja di PT Sinar Abadi di Surabaya.");
    List<String> tags = a.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::ner).toList();
    assertEquals(List.of("PERSON", "PERSON", "O", "O", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "O", "LOCATION", "O"), tags);
    assertNull(a.get(CoreAnnotations.MentionsAnnotation.class));
    assertEquals(3, a.get(WartaAnnotations.EntitiesAnnotation.class).size());
  }

  @ParameterizedTest
  @MethodSource("texts")
  void figuresAreTheExtractors(String text) {
    LocalDate date = LocalDate.of(2025, 8, 12);
    List<Figure> expected = FigureExtractor.standard().find(text, Segmenter.standard().segment(text), Optional.of(date));
    Annotation a = new Annotation(text);
    a.set(CoreAnnotations.DocDateAnnotation.class, "2025-08-12");
    FULL.annotate(a);
    assertEquals(expected, a.get(WartaAnnotations.FiguresAnnotation.class));
    List<Figure> bySentence = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (Figure f : s.get(WartaAnnotations.FiguresAnnotation.class)) {
        assertTrue(f.start() >= s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
            && f.start() < s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), f.text());
        bySentence.add(f);
      }
    }
    assertEquals(expected, bySentence);
  }

  @Test
  void theDocumentDateResolvesDeicticDates() {
    String text = "Harga cabai naik kemarin.";
    Annotation dated = new Annotation(text);
    dated.set(CoreAnnotations.DocDateAnnotation.class, "2025-08-12");
    FULL.annotate(dated);
    Annotation undated = annotate(FULL, text);
    assertEquals("2025-08-11", dated.get(WartaAnnotations.FiguresAnnotation.class).get(0).iso());
    assertEquals("-P1D", undated.get(WartaAnnotations.FiguresAnnotation.class).get(0).iso());
  }

  @Test
  void lemmasAlsoOnCoreNlpsOwnTokenizer() {
    StanfordCoreNLP p = pipeline("tokenize, wartalemma");
    Annotation a = annotate(p, "Warga membeli rumah-rumah baru. Mereka mempertanyakannya.");
    List<String> lemmas = a.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::lemma).toList();
    // CoreNLP's tokenizer splits the reduplication, which Warta keeps whole: one reason to prefer wartasegment
    assertEquals(List.of("warga", "beli", "rumah", "-", "rumah", "baru", ".", "mereka", "tanya", "."), lemmas);
  }

  @Test
  void userOptionsReachTheStages() {
    StanfordCoreNLP p = pipeline("wartasegment, wartalemma",
        "wartasegment.abbreviationPeriods", "split", "wartalemma.informal", "true");
    List<CoreLabel> tokens = annotate(p, "Kami nyoba ke Jl. Merdeka.").get(CoreAnnotations.TokensAnnotation.class);
    assertEquals(List.of("Kami", "nyoba", "ke", "Jl", ".", "Merdeka", "."), tokens.stream().map(CoreLabel::originalText).toList());
    assertEquals("coba", tokens.get(1).lemma());
    List<CoreLabel> standard = annotate(FULL, "Kami nyoba ke Jl. Merdeka.").get(CoreAnnotations.TokensAnnotation.class);
    assertEquals("Jl.", standard.get(3).originalText());
    assertEquals("nyoba", standard.get(1).lemma());
  }

  @Test
  void annotatorsAreSharedSafelyAcrossThreads() throws Exception {
    List<String> texts = texts();
    List<String> expected = texts.stream().map(WartaPipelineTest::summary).toList();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> summary(t)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % texts.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String summary(String text) {
    Annotation a = annotate(FULL, text);
    StringBuilder sb = new StringBuilder();
    for (CoreLabel l : a.get(CoreAnnotations.TokensAnnotation.class)) {
      sb.append(l.originalText()).append('/').append(l.lemma()).append('/').append(l.ner()).append(' ');
    }
    return sb.append(a.get(WartaAnnotations.FiguresAnnotation.class)).toString();
  }

  @Test
  void programmaticConstructionNeedsNoProperties() {
    Annotation a = new Annotation("Dewi Lestari membeli 3 rumah.");
    new WartaSegmenterAnnotator().annotate(a);
    new WartaLemmaAnnotator().annotate(a);
    new WartaEntityAnnotator().annotate(a);
    new WartaFigureAnnotator().annotate(a);
    List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
    assertEquals("beli", tokens.get(2).lemma());
    assertEquals("PER", tokens.get(0).ner());
    assertNotNull(a.get(WartaAnnotations.FiguresAnnotation.class));
    Figure f = a.get(WartaAnnotations.FiguresAnnotation.class).get(0);
    assertEquals("3", f.text());
    assertEquals("rumah", f.object());
  }
}
