package id.warta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.Document;
import id.warta.entity.Entity;
import id.warta.figure.Figure;
import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.text.Word;

/** The {@code jsonl} form of a document: one compact JSON object. Stateless. */
final class DocumentJson {
  private DocumentJson() {}

  static ObjectNode toJson(String source, Document doc) {
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
      fn.put("qualifier", f.qualifier().name().toLowerCase(java.util.Locale.ROOT));
      if (f.object() == null) {
        fn.putNull("object");
      } else {
        fn.put("object", f.object());
      }
    }
    return root;
  }
}
