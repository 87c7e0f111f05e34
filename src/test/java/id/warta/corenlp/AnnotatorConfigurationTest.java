package id.warta.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Options reach the stages; a bad configuration fails when the pipeline is built, naming what is wrong. */
class AnnotatorConfigurationTest {
  @TempDir
  static Path dir;

  /** The IllegalArgumentException that building a pipeline with {@code props} throws, wherever CoreNLP wraps it. */
  private static IllegalArgumentException failure(String... props) {
    RuntimeException e = assertThrows(RuntimeException.class, () -> WartaPipelineTest.pipeline(props[0], rest(props)));
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException iae) {
        return iae;
      }
    }
    throw new AssertionError("no IllegalArgumentException in the causes of " + e, e);
  }

  private static String[] rest(String[] props) {
    String[] out = new String[props.length - 1];
    System.arraycopy(props, 1, out, 0, out.length);
    return out;
  }

  private static String file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toString();
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', textBlock = """
      wartasegment.abbreviationPeriods | drop          | wartasegment.abbreviationPeriods must be one of keep, split: 'drop'
      wartasegment.abbreviation        | x.txt         | Unknown properties for annotator wartasegment: [wartasegment.abbreviation]
      wartasegment.abbreviations       | no/such.txt   | wartasegment.abbreviations: cannot open no/such.txt
      wartalemma.informal              | yes           | wartalemma.informal must be true or false: 'yes'
      wartalemma.lexicon               | no/such.txt   | wartalemma.lexicon: cannot open no/such.txt
      wartalemma.stem                  | true          | Unknown properties for annotator wartalemma: [wartalemma.stem] (known: wartalemma.informal
      wartaner.beamSize                | 0             | wartaner.beamSize must be a positive integer: '0'
      wartaner.beamSize                | tiga          | wartaner.beamSize must be a positive integer: 'tiga'
      wartaner.tags                    | conll         | wartaner.tags must be one of warta, corenlp: 'conll'
      wartaner.model                   | no/such.bin   | wartaner.model: cannot open no/such.bin
      wartafigures.date                | 2025-08-12    | Unknown properties for annotator wartafigures: [wartafigures.date] (it takes none)
      """)
  void badPropertiesFailWithTheirName(String key, String value, String message) {
    String annotators = "wartasegment, wartalemma, wartaner, wartafigures";
    IllegalArgumentException e = failure(annotators, key, value);
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      wartasegment.abbreviations | bad-abbreviations.txt | Jl                  | bad file
      wartalemma.lexicon         | bad-lexicon.txt       | Bukan Root\tNOUN     | not a lowercase root
      wartaner.names             | bad-names.txt         | PERSON\tBudi Santoso | expected TYPE<TAB>name
      wartaner.model             | bad-model.bin         | bukan model          | bad file
      """)
  void malformedFilesFailNamingTheFile(String key, String name, String content, String message) throws IOException {
    String path = file(name, content.replace("\\t", "\t") + "\n");
    IllegalArgumentException e = failure("wartasegment, wartalemma, wartaner", key, path);
    assertTrue(e.getMessage().contains(key) && e.getMessage().contains(path) && e.getMessage().contains(message), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"wartassplit", "idtokenize", "wartacleanxml"})
  void namesCoreNlpRewritesAreRefused(String name) {
    IllegalArgumentException e = failure(name, "customAnnotatorClass." + name, WartaSegmenterAnnotator.class.getName());
    assertTrue(e.getMessage().contains("annotator name '" + name + "'") && e.getMessage().contains("rewrites"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      wartalemma                 | wartalemma | TokensAnnotation
      wartaner                   | wartaner   | TokensAnnotation
      tokenize, wartafigures     | wartafigures | TokenKindAnnotation
      """)
  void missingPrerequisitesAreNamed(String annotators, String annotator, String missing) {
    IllegalArgumentException e = failure(annotators);
    assertTrue(e.getMessage().contains("annotator \"" + annotator + "\" requires annotation \"" + missing + "\""), e.getMessage());
    assertTrue(e.getMessage().contains(WartaSegmenterAnnotator.NAME), e.getMessage());
  }

  @Test
  void anAnnotationWithoutSentencesIsAUsageError() {
    Annotation a = new Annotation("Harga naik.");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WartaLemmaAnnotator().annotate(a));
    assertTrue(e.getMessage().contains("no sentences"), e.getMessage());
  }

  @Test
  void aDocDateThatIsNoDateIsAUsageError() {
    Annotation a = new Annotation("Harga naik kemarin.");
    a.set(CoreAnnotations.DocDateAnnotation.class, "12 Agustus 2025");
    new WartaSegmenterAnnotator().annotate(a);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WartaFigureAnnotator().annotate(a));
    assertTrue(e.getMessage().contains("DocDateAnnotation must start with a yyyy-MM-dd date: '12 Agustus 2025'"), e.getMessage());
  }

  @Test
  void userFilesChangeTheResults() throws IOException {
    String text = "Kami bersepeda ke Kopi Senja bersama Kpl. Budi Santoso.";
    StanfordCoreNLP p = WartaPipelineTest.pipeline("wartasegment, wartalemma, wartaner",
        "wartasegment.abbreviations", file("abbreviations.txt", "# pangkat\nKpl.\ttitle\n"),
        "wartalemma.protected", file("protected.txt", "# klub\nbersepeda\n"),
        "wartaner.names", file("names.txt", "ORG\tKopi Senja\n"));
    Annotation a = new Annotation(text);
    p.annotate(a);
    List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
    assertEquals("Kpl.", tokens.get(6).originalText());
    assertEquals("bersepeda", tokens.get(1).lemma());
    assertEquals(List.of("ORG", "ORG"), List.of(tokens.get(3).ner(), tokens.get(4).ner()));

    Annotation plain = new Annotation(text);
    WartaPipelineTest.pipeline("wartasegment, wartalemma").annotate(plain);
    List<CoreLabel> plainTokens = plain.get(CoreAnnotations.TokensAnnotation.class);
    assertEquals("Kpl", plainTokens.get(6).originalText());
    assertEquals("sepeda", plainTokens.get(1).lemma());
  }
}
