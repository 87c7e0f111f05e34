package id.warta.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attaches qualifier words to figures and widens their span over them: before the number ({@code
 * lebih dari}, {@code sedikitnya}, {@code sekitar}, {@code hampir}, {@code maksimal}, {@code hingga}
 * as a cap) or after it ({@code 30 persen lebih}, {@code 17 tahun ke atas}). Ordinals and ranges
 * take no qualifier, dates only one of approximation before them ({@code sekitar tahun 1980});
 * "-an" magnitudes keep {@link Qualifier#APPROX}. Stateless and thread-safe.
 */
final class Qualifiers {
  private Qualifiers() {}

  /**
   * Words of amount that may stand between a qualifier and its number: "hampir mencapai 1.000", and
   * nouns naming the amount, "di bawah level Rp16.000", "di atas angka 7.000", "sampai dengan jumlah
   * 5 juta dolar AS", "di kisaran posisi 16.200"; a verb may come before such a noun ("hampir
   * mencapai angka 1.000").
   */
  static final Set<String> BRIDGES = Set.of("sebesar", "sebanyak", "senilai", "mencapai", "berjumlah", "level",
      "angka", "jumlah", "posisi", "jarak", "kedalaman", "ketinggian", "kecepatan");

  /** Qualifier words that also qualify nouns ("upah minimum"), so never across a word of amount. */
  private static final Set<String> NOT_BRIDGED = Set.of("minimum", "maksimum", "minimal", "maksimal");

  /** Caps that before a verb of arriving ("hingga mencapai") say where a change ends: no qualifier. */
  private static final Set<String> UNTIL = Set.of("hingga", "sampai");

  /** The words for a wage, which "minimum" after them qualifies as a noun phrase ("upah minimum", {@link #attach}). */
  static final Set<String> WAGES = Set.of("upah", "gaji");

  /** The words for a temperature, whose "minimum" and "maksimum" are the day's readings ({@link #attach}). */
  static final Set<String> TEMPERATURES = Set.of("suhu", "temperatur", "temperature");

  /** Attaches the qualifiers of the readings of {@code in}, replacing them in place; returns it. */
  static List<Reading> attach(Lexicon lx, Scan s, List<Reading> in) {
    int prevEnd = 0;
    for (int k = 0, n = in.size(); k < n; k++) {
      Reading q = attach(lx, s, in.get(k), prevEnd);
      in.set(k, q);
      prevEnd = q.end();
    }
    return in;
  }

  private static Reading attach(Lexicon lx, Scan s, Reading r, int prevEnd) {
    if (r.type() == FigureType.ORDINAL || r.range() != null) {
      return r;
    }
    if (r.type() == FigureType.DATE) {
      return aboutDate(lx, s, r, prevEnd);
    }
    Reading out = negative(s, r, prevEnd);
    PhraseTable.Hit<Lexicon.QualifierWord> before = lx.qualifiersBefore.matchEndingAt(s, out.start(), 4);
    if (before == null && s.lowerIn(out.start() - 1, BRIDGES)) {
      // "setidaknya sebesar Rp6.500 triliun", "hampir mencapai 1.000": the qualifier before the verb
      int bridge = s.lowerIn(out.start() - 2, BRIDGES) ? out.start() - 2 : out.start() - 1;
      before = lx.qualifiersBefore.matchEndingAt(s, bridge, 4);
      if (before != null && NOT_BRIDGED.contains(before.phrase())) {
        before = null; // "upah minimum sebesar 10 persen": the word qualifies the noun before it
      } else if (before != null && s.lowerIs(bridge, "mencapai") && UNTIL.contains(before.phrase())) {
        before = null; // "melemah hingga mencapai Rp16.500": the end point of a change, not a cap
      }
    }
    if (before != null && before.phrase().equals("max") && !s.atom(before.start()).textIs("max")) {
      before = null; // chat writes "max 800jt" in lower case; "Boeing 737 MAX 8" is a name
    }
    if (before != null && (before.phrase().equals("minimum") || before.phrase().equals("minimal"))
        && s.lowerIn(before.start() - 1, WAGES)) {
      before = null; // "upah minimum 10.320 won per jam": the minimum wage is the amount, no floor of it
    }
    if (before != null && s.lowerIn(before.start() - 1, TEMPERATURES) && NOT_BRIDGED.contains(before.phrase())) {
      before = null; // "suhu minimum 9,4 derajat Celsius", "suhu maksimum 36,2°C": the day's reading, no bound
    }
    if (before == null && (s.lowerIs(out.start() - 1, "ada") || s.lowerIs(out.start() - 1, "terdapat"))) {
      before = existing(lx, s, out.start() - 1);
    }
    if (before != null) {
      int qStart = before.start();
      if (qStart >= prevEnd) {
        out = out.withSpan(qStart, out.end());
        if (out.qualifier() == Qualifier.EXACT) {
          out = out.withQualifier(before.value().qualifier());
        }
      }
    }
    PhraseTable.Hit<Lexicon.QualifierWord> after = lx.qualifiersAfter.match(s, out.end());
    // "28.000 unit lebih banyak dari Juni": a difference, compared, no bound
    boolean compared = after != null && (after.phrase().endsWith("lebih") && comparedOn(lx, s, after.end())
        || after.phrase().endsWith("banyak") && (s.lowerIs(after.end(), "dari") || s.lowerIs(after.end(), "daripada")
            || s.lowerIs(after.end(), "dibanding") || s.lowerIs(after.end(), "dibandingkan")));
    if (after != null && !compared) {
      out = out.withSpan(out.start(), after.end());
      if (out.qualifier() == Qualifier.EXACT) {
        out = out.withQualifier(after.value().qualifier());
      }
    }
    return out;
  }

  /**
   * A lower bound or an estimate before "ada" or "terdapat" (there are) ending at atom {@code verb}:
   * "setidaknya ada 2,3 juta rumah", "sekitar terdapat 40 titik"; caps ("hingga ada") and "lebih"
   * stay out, since there they say "until" and "more" of something else. Null if none.
   */
  private static PhraseTable.Hit<Lexicon.QualifierWord> existing(Lexicon lx, Scan s, int verb) {
    PhraseTable.Hit<Lexicon.QualifierWord> q = lx.qualifiersBefore.matchEndingAt(s, verb, 4);
    return q != null && (q.value().qualifier() == Qualifier.AT_LEAST || q.value().qualifier() == Qualifier.ABOUT)
        && !q.phrase().startsWith("mulai") ? q : null;
  }

  /**
   * {@code r} with a "minus" or a sign right before it as its sign: "tumbuh minus 2,1 persen" is
   * -2.1%, "suhu minus 5 derajat Celsius" -5 Cel, "(-3,2%)" -3.2%, "+6,3%" 6.3% with the plus in its
   * text. Only percentages and temperatures or angles, not "minus" after "plus" ("plus minus 1
   * persen" is a margin), and never across the figure before.
   */
  private static Reading negative(Scan s, Reading r, int prevEnd) {
    int m = r.start() - 1;
    if (m < prevEnd || r.value() == null || r.value().signum() <= 0
        || !(r.type() == FigureType.PERCENT
            || r.type() == FigureType.QUANTITY && ("Cel".equals(r.unit()) || "deg".equals(r.unit())))) {
      return r;
    }
    if (isSign(s, m)) {
      // a sign glued to the number, as tables write changes: "(-3,2%)", "+6,3%", "IHSG -0,5%"
      boolean minus = !s.lowerIs(m, "+");
      return new Reading(r.type(), m, r.end(), minus ? r.value().negate() : r.value(), null, null, r.unit(), r.qualifier());
    }
    if (!s.lowerIs(m, "minus") || s.lowerIs(m - 1, "plus") || s.lowerIs(m - 1, "+")) {
      return r;
    }
    return new Reading(r.type(), m, r.end(), r.value().negate(), null, null, r.unit(), r.qualifier());
  }

  /**
   * Whether atom {@code m} is a plus or minus sign of the number after it: glued to that number and
   * standing apart from what is before it (a space, an opening bracket or a colon), so that the
   * hyphen of a range ("5-7%") is none.
   */
  private static boolean isSign(Scan s, int m) {
    Atom sign = s.atomOrNull(m);
    Atom number = s.atomOrNull(m + 1);
    if (sign == null || number == null || number.spaceBefore || sign.length() != 1) {
      return false;
    }
    char c = sign.charAt(0);
    if (c != '-' && c != '+' && c != '\u2212') {
      return false;
    }
    return m == 0 ? s.opensSentence(0) : sign.spaceBefore || s.lowerIs(m - 1, "(") || s.lowerIs(m - 1, ":");
  }

  /**
   * A date takes only a qualifier of approximation before it ("sekitar tahun 1980", "kira-kira dua
   * pekan lalu"): "hingga 2030" says until when, and "mulai 1 Januari" from when, not a bound of a value.
   */
  private static Reading aboutDate(Lexicon lx, Scan s, Reading r, int prevEnd) {
    PhraseTable.Hit<Lexicon.QualifierWord> before = lx.qualifiersBefore.matchEndingAt(s, r.start(), 4);
    if (before == null || before.value().qualifier() != Qualifier.ABOUT || before.start() < prevEnd) {
      return r;
    }
    return r.withSpan(before.start(), r.end()).withQualifier(Qualifier.ABOUT);
  }

  /**
   * Whether a "lebih" after a figure goes on as a comparison rather than qualifying it: "30 persen
   * lebih tinggi", "20 persen atau lebih dari target".
   */
  private static boolean comparedOn(Lexicon lx, Scan s, int i) {
    return lx.comparatives.contains(s.lower(i)) || s.lowerIs(i, "dari") || s.lowerIs(i, "daripada");
  }
}
