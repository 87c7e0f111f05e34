package id.warta.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.util.ClasspathResourceLoader;
import id.warta.morph.Lemmatizer;

/** Lucene's own token stream checks on the Warta tokenizer, lemma filter, analyzer and factories. */
public class WartaAnalyzerTest extends BaseTokenStreamTestCase {

  public void testTokenizerOffsetsAndTypes() throws IOException {
    Tokenizer t = new WartaTokenizer();
    t.setReader(new StringReader("Harga mobil-mobil naik 6%, kata Jl. Sudirman."));
    assertTokenStreamContents(t,
        new String[] {"Harga", "mobil-mobil", "naik", "6", "kata", "Jl.", "Sudirman"},
        new int[] {0, 6, 18, 23, 27, 32, 36},
        new int[] {5, 17, 22, 24, 31, 35, 44},
        new String[] {"WORD", "WORD", "WORD", "NUMBER", "WORD", "ABBREVIATION", "WORD"},
        null, null, 45);
  }

  public void testAnalyzer() throws IOException {
    try (Analyzer a = new WartaAnalyzer()) {
      assertAnalyzesTo(a, "Kendaraannya dan mobil-mobil berkendara di jalan",
          new String[] {"kendara", "mobil", "kendara", "jalan"},
          new int[] {0, 17, 29, 43},
          new int[] {12, 28, 39, 48});
      assertAnalyzesTo(a, "Perusahaan-perusahaan itu memperbaiki pelayanannya",
          new String[] {"usaha", "baik", "layan"});
    }
  }

  public void testKeywordsAreNotLemmatized() throws IOException {
    CharArraySet protect = new CharArraySet(java.util.List.of("pemandu"), false);
    Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        TokenStream sink = new WartaLemmaFilter(new SetKeywordMarkerFilter(source, protect));
        return new TokenStreamComponents(source, sink);
      }
    };
    assertAnalyzesTo(a, "pemandu penulis", new String[] {"pemandu", "tulis"});
    a.close();
    try (Analyzer b = new WartaAnalyzer(WartaAnalyzer.getDefaultStopSet(), protect, Lemmatizer.standard())) {
      assertAnalyzesTo(b, "Pemandu penulis", new String[] {"pemandu", "tulis"});
    }
  }

  public void testEmptyTerm() throws IOException {
    Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, new WartaLemmaFilter(source));
      }
    };
    checkOneTerm(a, "", "");
    a.close();
  }

  public void testRandomStrings() throws IOException {
    try (Analyzer a = new WartaAnalyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
    Analyzer tokenizerOnly = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new WartaTokenizer());
      }
    };
    checkRandomData(random(), tokenizerOnly, 200 * RANDOM_MULTIPLIER, 2048);
    tokenizerOnly.close();
  }

  public void testFactoriesBySpiName() throws Exception {
    TokenizerFactory tf = TokenizerFactory.forName("warta", new HashMap<>());
    assertTrue(tf instanceof WartaTokenizerFactory);
    TokenFilterFactory ff = TokenFilterFactory.forName("wartaLemma", new HashMap<>());
    assertTrue(ff instanceof WartaLemmaFilterFactory);
    ((WartaLemmaFilterFactory) ff).inform(new ClasspathResourceLoader(getClass()));
    Tokenizer t = tf.create();
    t.setReader(new StringReader("menuliskan rumahnya"));
    assertTokenStreamContents(ff.create(t), new String[] {"tulis", "rumah"});
  }

  public void testFactoryWithInformalMode() throws Exception {
    Map<String, String> args = new HashMap<>();
    args.put("informal", "true");
    WartaLemmaFilterFactory ff = new WartaLemmaFilterFactory(args);
    ff.inform(new ClasspathResourceLoader(getClass()));
    Tokenizer t = new WartaTokenizer();
    t.setReader(new StringReader("nyoba dengerin"));
    assertTokenStreamContents(ff.create(t), new String[] {"coba", "dengar"});
  }

  public void testFactoriesRejectUnknownParameters() {
    Map<String, String> args = new HashMap<>();
    args.put("bogus", "1");
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> new WartaTokenizerFactory(new HashMap<>(args)));
    assertTrue(e.getMessage().contains("Unknown parameters"));
    e = expectThrows(IllegalArgumentException.class, () -> new WartaLemmaFilterFactory(new HashMap<>(args)));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }
}
