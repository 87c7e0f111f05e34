package id.warta.figure;

import java.util.List;
import java.util.Set;

/**
 * Amounts written with the informal scale abbreviations {@code rb} and {@code jt} and with nothing
 * counted after them are rupiah, as chat, forums and marketplaces write prices: {@code dp 25jt},
 * {@code cicilan 1,2jt/bln}, {@code cabe 80rb/kg}. With a noun after them they still count:
 * {@code 3,2rb warga}. Runs before {@link Rates}, so that a rate after the amount joins it. Stateless
 * and thread-safe.
 */
final class InformalMoney {
  private InformalMoney() {}

  /** The scale abbreviations of chat (lower case, with and without their period). */
  static final Set<String> CHAT_SCALES = Set.of("rb", "rb.", "jt", "jt.", "k");

  /** Words of items sold beside a count, which stays a count: "Terjual 1,2rb", "10rb terjual". */
  static final Set<String> SOLD = Set.of("terjual", "sold");

  /** The items of a credit offer, which follow a chat amount as the next item, not as what it counts. */
  static final Set<String> CREDIT = Set.of("cicilan", "angsuran", "dp", "tenor", "bunga");

  /** Words after an asking price in a listing: "15.750.000 nego", "Rp 85 juta net". */
  static final Set<String> ASKING = Set.of("nego", "net", "nett");

  /** Makes each bare count of {@code in} that ends in an informal scale and counts nothing an amount of rupiah, in place; returns it. */
  static List<Reading> attach(Lexicon lx, Scan s, List<Reading> in) {
    for (int k = 0; k < in.size(); k++) {
      Reading r = in.get(k);
      if (r.type() == FigureType.COUNT && r.unit() == null && r.value() != null && s.lowerIn(r.end(), ASKING)
          && r.value().compareTo(java.math.BigDecimal.valueOf(1000)) >= 0) {
        // a listing's asking price in digits alone: "15.750.000 nego halus"
        in.set(k, new Reading(FigureType.MONEY, r.start(), r.end(), r.value(), null, null, "IDR", r.qualifier()));
        continue;
      }
      Atom last = s.atom(r.end() - 1);
      if ((last.textIs("-an") || last.textIs("an")) && r.end() - 2 > r.start()) {
        last = s.atom(r.end() - 2); // "300rb-an": about that much
      }
      if (r.type() != FigureType.COUNT || r.unit() != null || last.length() > 3
          || !CHAT_SCALES.contains(last.lower())) {
        continue;
      }
      int limit = k + 1 < in.size() ? in.get(k + 1).start() : s.size();
      if (s.lowerIs(r.start() - 1, "km") && (k == 0 || in.get(k - 1).end() < r.start())) {
        // a listing's odometer, its unit written first: "km 78rb" is 78,000 km
        in.set(k, new Reading(FigureType.QUANTITY, r.start() - 1, r.end(), r.value(), r.range(), null, "km", r.qualifier()));
        continue;
      }
      int[] object = ObjectFinder.find(lx, s, r.end(), limit);
      if (object != null && s.lowerIn(object[0], CREDIT)) {
        object = null; // the next item of a credit offer: "dp 5jt cicilan 1,4jt/bln" (but "tiga cicilan" counts)
      } else if (object != null && object[1] == object[0] + 1 && s.atom(object[0]).isWord()
          && (lx.seUnit(s.atom(object[0])) != null || lx.seClassifier(s.atom(object[0])) != null)) {
        object = null; // what the price is per: "12rb seporsi", "40rb sekilo"
      }
      if (object == null && !s.lowerIn(r.start() - 1, SOLD) && !s.lowerIn(r.end(), SOLD)) {
        // (not items sold, as marketplaces write them: "Terjual 1,2rb", "10rb terjual")
        in.set(k, new Reading(FigureType.MONEY, r.start(), r.end(), r.value(), r.range(), null, "IDR", r.qualifier()));
      }
    }
    return in;
  }
}
