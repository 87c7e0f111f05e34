package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.Document;
import id.warta.Warta;
import id.warta.entity.Entity;
import id.warta.entity.EntityType;
import id.warta.figure.Figure;
import id.warta.figure.FigureType;
import id.warta.figure.Qualifier;
import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.text.Word;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The streamed {@code jsonl} form is byte for byte what the former JSON tree printed. */
class DocumentJsonTest {
  private static final Warta WARTA = Pipelines.full();

  private static final List<String> TEXTS = List.of(
      "JAKARTA, Kompas - Penjualan mobil PT Sinar Jaya Motor naik 12,5% menjadi 34.000 unit pada Juli 2025, kata "
          + "Direktur Utama Budi Santoso di Jakarta, Senin (4/8). Laba bersih mencapai Rp4,17 triliun, atau sekitar "
          + "US$ 260 juta. Harga sahamnya naik 2-3 persen kemarin.",
      "Banjir melanda 14 desa di Kabupaten Bandung sejak Rabu (10-Jan). Sekitar 2/3 warga mengungsi, dan 1,5 ton "
          + "beras dikirim. Kerugian ditaksir Rp 48-52 miliar. Jl. Merdeka No. 7 ditutup hingga 2024-11-27.\r\n"
          + "Pada kuartal III 2021 daerah itu juga banjir; dua kuartal berturut-turut ekonomi melemah.",
      "\uFEFFKata \"kemarin\" dan \\ garis miring, \u001B[31m kode kendali \t tab, emoji \uD83D\uDE00, ≥ 2 tahun, "
          + "diskon s.d. 50% bagi motor 110-125cc; 1/3 kg bawang Rp 20.000,50.",
      "",
      "   \n\n  ");

  @Test
  void streamedJsonEqualsTheTreeOnAnalyzedDocuments() throws Exception {
    int figures = 0;
    for (String text : TEXTS) {
      Document doc = WARTA.analyze(text, LocalDate.of(2025, 8, 5));
      figures += doc.figures().size();
      assertSame("invented.txt", doc);
    }
    for (Examples.Article a : Examples.all()) {
      Document doc = WARTA.analyze(a.text(), a.date());
      figures += doc.figures().size();
      assertSame(a.name(), doc);
    }
    assertTrue(figures > 20, "the samples should have figures of several kinds");
  }

  @Test
  void streamedJsonEqualsTheTreeOnEdgeValues() throws Exception {
    String text = "Naik 1000 unit, 1,50 persen, 2-3 kali, kemarin \"x\".";
    List<Word> words = List.of(new Word("Nai", 0, 3, null), new Word("k", 3, 4, "k"));
    Token t = new Token("Naik", 0, 4, id.warta.text.TokenKind.WORD, "naik", null, words);
    Sentence s = new Sentence("Naik", 0, 4, List.of(t));
    List<Entity> entities = List.of(new Entity(EntityType.ORG, "Naik", 0, 4, 0.98765));
    List<Figure> figures = List.of(
        new Figure(FigureType.COUNT, "1000 unit", 5, 14, new BigDecimal("1E+3"), null, null, "unit",
            Qualifier.EXACT, null, -1, -1),
        new Figure(FigureType.PERCENT, "1,50 persen", 16, 27, new BigDecimal("1.50"), null, null, "%",
            Qualifier.EXACT, "x", 48, 49),
        new Figure(FigureType.COUNT, "2-3", 29, 32, null, new Figure.Range(new BigDecimal("0.000"), new BigDecimal("3")),
            null, null, Qualifier.EXACT, null, -1, -1),
        new Figure(FigureType.DATE, "kemarin", 39, 46, null, null, "-P1D", null, Qualifier.EXACT, null, -1, -1));
    assertSame("edge \"name\"\\.txt", new Document(text, List.of(s), entities, figures));
  }

  private static void assertSame(String source, Document doc) throws Exception {
    StringWriter out = new StringWriter();
    DocumentJson.write(out, source, doc);
    assertEquals(Json.MAPPER.writeValueAsString(tree(source, doc)), out.toString(), source);
  }

  /** The former implementation, kept as the reference: the whole document as a JSON tree. */
  private static ObjectNode tree(String source, Document doc) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("source", source);
    ArrayNode sentences = root.putArray("sentences");
    for (Sentence s : doc.sentences()) {
      ObjectNode sn = sentences.addObject();
      sn.put("start", s.start());
      sn.put("end", s.end());
      ArrayNode tokens = sn.putArray("tokens");
      for (Token t : s.tokens()) {
        ObjectNode tn = tokens.addObject();
        tn.put("text", t.text());
        tn.put("start", t.start());
        tn.put("end", t.end());
        tn.put("kind", t.kind().name());
        if (t.lemma() != null) {
          tn.put("lemma", t.lemma());
        }
        if (t.words().size() > 1) {
          ArrayNode words = tn.putArray("words");
          for (Word w : t.words()) {
            ObjectNode wn = words.addObject();
            wn.put("text", w.text());
            wn.put("start", w.start());
            wn.put("end", w.end());
            if (w.lemma() != null) {
              wn.put("lemma", w.lemma());
            }
          }
        }
      }
    }
    ArrayNode entities = root.putArray("entities");
    for (Entity e : doc.entities()) {
      ObjectNode en = entities.addObject();
      en.put("type", e.type().name());
      en.put("text", e.text());
      en.put("start", e.start());
      en.put("end", e.end());
      en.put("score", Math.round(e.score() * 1000.0) / 1000.0);
    }
    ArrayNode figures = root.putArray("figures");
    for (Figure f : doc.figures()) {
      ObjectNode fn = figures.addObject();
      fn.put("type", f.type().name());
      fn.put("text", f.text());
      fn.put("start", f.start());
      fn.put("end", f.end());
      if (f.value() != null) {
        fn.put("value", f.value());
      } else if (f.range() != null) {
        ArrayNode r = fn.putArray("value");
        r.add(f.range().min());
        r.add(f.range().max());
      } else {
        fn.put("value", f.iso());
      }
      if (f.unit() == null) {
        fn.putNull("unit");
      } else {
        fn.put("unit", f.unit());
      }
      fn.put("qualifier", f.qualifier().name().toLowerCase(Locale.ROOT));
      if (f.object() == null) {
        fn.putNull("object");
      } else {
        fn.put("object", f.object());
      }
    }
    return root;
  }
}
