package id.warta.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Index a few news sentences with {@link WartaAnalyzer} and search them as a user would. */
class WartaSearchTest {
  private static final String[][] DOCS = {
      {"a", "Mobil-mobil listrik makin banyak di jalan raya Jakarta."},
      {"b", "Penjualan kendaraan bermotor naik enam persen bulan lalu."},
      {"c", "Warga diimbau tidak berkendara saat hujan deras."},
      {"d", "Harga cabai di pasar turun tajam."},
  };

  private static List<String> search(String query) throws Exception {
    try (Analyzer analyzer = new WartaAnalyzer(); Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (String[] d : DOCS) {
          Document doc = new Document();
          doc.add(new StringField("id", d[0], Field.Store.YES));
          doc.add(new TextField("body", d[1], Field.Store.NO));
          w.addDocument(doc);
        }
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : s.search(new QueryParser("body", analyzer).parse(query), 10).scoreDocs) {
          ids.add(s.storedFields().document(sd.doc).get("id"));
        }
        ids.sort(null);
        return ids;
      }
    }
  }

  @Test
  void reduplicationFindsTheSingular() throws Exception {
    assertEquals(List.of("a"), search("mobil"));
  }

  @Test
  void singularFindsTheReduplication() throws Exception {
    assertEquals(List.of("a"), search("mobil-mobil"));
  }

  @Test
  void kendaraanAndBerkendaraShareTheirRoot() throws Exception {
    assertEquals(List.of("b", "c"), search("kendaraan"));
    assertEquals(List.of("b", "c"), search("berkendara"));
  }

  @Test
  void derivedFormsFindEachOther() throws Exception {
    assertEquals(List.of("b"), search("menjual"));
    assertEquals(List.of("d"), search("penurunan"));
  }

  @Test
  void stopWordsDoNotMatch() throws Exception {
    assertEquals(List.of(), search("di"));
  }

}
