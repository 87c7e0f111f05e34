package id.warta.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.eval.Prf;

/** The shared Jackson mapper (thread-safe once configured). */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Json() {}

  /** {"precision":..,"recall":..,"f1":..} in percent. */
  static ObjectNode prf(Prf p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("precision", pct(p.precision()));
    n.put("recall", pct(p.recall()));
    n.put("f1", pct(p.f1()));
    return n;
  }

  /** Percent with two decimals, as a JSON number. */
  static double pct(double fraction) {
    return Math.round(fraction * 10000.0) / 100.0;
  }
}
