package id.warta.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import id.warta.Document;
import id.warta.entity.Entity;
import id.warta.figure.Figure;
import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.text.Word;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The {@code jsonl} form of a document: one compact JSON object, streamed to the output as it is
 * generated, so that no JSON tree of the whole document is held in memory (a tree took about 20
 * times the memory of the JSON it prints). Stateless.
 */
final class DocumentJson {
  private DocumentJson() {}

  /**
   * Writes {@code doc} as one JSON object to {@code out}, without a line break, and flushes the
   * generator's buffer into {@code out}; {@code out} is left open.
   */
  static void write(Writer out, String source, Document doc) throws IOException {
    try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(g, source, doc);
    }
  }

  static void write(JsonGenerator g, String source, Document doc) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", source);
    g.writeArrayFieldStart("sentences");
    for (Sentence s : doc.sentences()) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeArrayFieldStart("tokens");
      for (Token t : s.tokens()) {
        g.writeStartObject();
        g.writeStringField("text", t.text());
        g.writeNumberField("start", t.start());
        g.writeNumberField("end", t.end());
        g.writeStringField("kind", t.kind().name());
        if (t.lemma() != null) {
          g.writeStringField("lemma", t.lemma());
        }
        if (t.words().size() > 1) {
          g.writeArrayFieldStart("words");
          for (Word w : t.words()) {
            g.writeStartObject();
            g.writeStringField("text", w.text());
            g.writeNumberField("start", w.start());
            g.writeNumberField("end", w.end());
            if (w.lemma() != null) {
              g.writeStringField("lemma", w.lemma());
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entities");
    for (Entity e : doc.entities()) {
      g.writeStartObject();
      g.writeStringField("type", e.type().name());
      g.writeStringField("text", e.text());
      g.writeNumberField("start", e.start());
      g.writeNumberField("end", e.end());
      g.writeNumberField("score", Math.round(e.score() * 1000.0) / 1000.0);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("figures");
    for (Figure f : doc.figures()) {
      g.writeStartObject();
      g.writeStringField("type", f.type().name());
      g.writeStringField("text", f.text());
      g.writeNumberField("start", f.start());
      g.writeNumberField("end", f.end());
      if (f.value() != null) {
        g.writeNumberField("value", f.value());
      } else if (f.range() != null) {
        g.writeArrayFieldStart("value");
        g.writeNumber(f.range().min());
        g.writeNumber(f.range().max());
        g.writeEndArray();
      } else {
        g.writeStringField("value", f.iso());
      }
      g.writeStringField("unit", f.unit()); // null is written as JSON null
      g.writeStringField("qualifier", f.qualifier().name().toLowerCase(Locale.ROOT));
      g.writeStringField("object", f.object());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
