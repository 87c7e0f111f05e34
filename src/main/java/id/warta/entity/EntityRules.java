package id.warta.entity;

import id.warta.entity.Gazetteer.Category;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules for unambiguous patterns, applied over the model's mentions. Each rule is named for what it
 * matches:
 * <ul>
 *   <li><b>company form</b>: {@code PT} followed by capitalized words and closed by {@code Tbk}
 *       and/or {@code (Persero)} is ORG ({@code PT Astra International Tbk},
 *       {@code PT Pertamina (Persero)});
 *   <li><b>administrative area</b>: {@code Kota}, {@code Kabupaten}, {@code Provinsi},
 *       {@code Kecamatan}, {@code Kelurahan}, {@code Desa} followed by capitalized words is LOC, except
 *       after {@code Wali}, {@code Ibu} or {@code Pemerintah} ({@code Wali Kota Bandung} is a title);
 *   <li><b>honorific before a name</b>: {@code Bapak}, {@code Ibu}, {@code Dr.}, {@code Hj.}, ...
 *       followed by capitalized words the first of which is a known given or family name is PER;
 *   <li><b>user entry</b>: an exact, case-insensitive match of an entry added by the user is its type;
 *   <li><b>alias in brackets</b>: one word in brackets right after a mention, whose letters spell the
 *       mention in order from its first letter (an acronym or short form: {@code Susilo Bambang
 *       Yudhoyono (SBY)}, {@code Gabungan Industri Kendaraan Bermotor Indonesia (Gaikindo)},
 *       {@code Sulawesi Selatan (Sulsel)}), is a second mention of the same type: it is tagged if the
 *       model left it out and retyped if the model gave it another type. {@code Jakarta (ANTARA)} is
 *       not an alias;
 *   <li><b>brand and model code</b>: a model mention typed ORG that begins with a vehicle or product
 *       brand and goes on to a token with a digit is a product ({@code Samsung Neo QLED QN90D},
 *       {@code Hino RN 285}, {@code LG OLED evo C4}); the brand alone stays ORG;
 *   <li><b>not a name</b>: a one-token mention that is a month or day name or a roman numeral
 *       (bundled {@code not-names.txt}: "naik dari Mei", "semester II") is dropped, unless a user
 *       entry made it.
 * </ul>
 * A user entry replaces the model mentions it overlaps. A pattern rule only fills a gap the model
 * left or retypes a model mention of exactly its span: on our held-out split, letting patterns
 * override the model cost 1.5 F1 (title-case headlines, names run together without commas).
 *
 * <p>Immutable and thread-safe.
 */
final class EntityRules {
  /** One-token mentions that are never names (lower-cased), from the bundled {@code not-names.txt}. */
  static final Set<String> NOT_NAMES = notNames();
  static final Set<String> AREA_WORDS = Set.of("Kota", "Kabupaten", "Provinsi", "Kecamatan", "Kelurahan", "Desa");
  static final Set<String> NOT_BEFORE_AREA = Set.of("wali", "ibu", "pemerintah", "pemkot", "pemkab", "pemprov", "dprd", "kantor");
  static final Set<String> HONORIFICS = Set.of(
      "Bapak", "Pak", "Ibu", "Bu", "Tuan", "Nyonya", "Saudara", "Saudari", "Dr.", "dr.", "Prof.", "H.", "Hj.",
      "KH", "K.H.", "Kiai", "Ir.", "Drs.", "Dra.", "Mr.", "Mrs.", "Ms.", "Teuku", "Habib", "Ustaz");
  private static final int MAX_NAME = 6;
  /** The score of a user entry's mention (it marks them apart from pattern rules). */
  static final double USER_SCORE = 1.0;

  private final Gazetteer gazetteer;
  private final Gazetteer userEntries;

  EntityRules(Gazetteer gazetteer, Gazetteer userEntries) {
    this.gazetteer = gazetteer;
    this.userEntries = userEntries;
  }

  /**
   * The model mentions merged with the rule mentions, ordered. A user entry replaces the model
   * mentions it overlaps; a pattern rule only fills a gap the model left, or retypes a model mention
   * with exactly its span.
   */
  List<TokenMention> apply(String[] tokens, List<TokenMention> model) {
    return withoutNonNames(tokens,
        withBracketAliases(tokens, brandModels(tokens, merged(tokens, withoutTrailingFigures(tokens, model)))));
  }

  private static Set<String> notNames() {
    java.util.HashSet<String> out = new java.util.HashSet<>();
    for (String line : id.warta.internal.DataFiles.lines(EntityRules.class, "not-names.txt")) {
      out.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** The not-a-name rule: drops one-token mentions of month and day names and roman numerals. */
  static List<TokenMention> withoutNonNames(String[] tokens, List<TokenMention> mentions) {
    List<TokenMention> out = null;
    for (TokenMention m : mentions) {
      boolean drop = m.end() - m.start() == 1 && m.score() != USER_SCORE
          && NOT_NAMES.contains(tokens[m.start()].toLowerCase(Locale.ROOT));
      if (drop && out == null) {
        out = new ArrayList<>(mentions);
      }
      if (drop) {
        out.remove(m);
      }
    }
    return out == null ? mentions : out;
  }

  /** The brand-and-model-code rule: an ORG mention that is a brand followed by a model code is PRODUCT. */
  List<TokenMention> brandModels(String[] tokens, List<TokenMention> mentions) {
    List<TokenMention> out = null;
    Gazetteer.Matches gaz = null;
    for (int k = 0; k < mentions.size(); k++) {
      TokenMention m = mentions.get(k);
      if (m.type() != EntityType.ORG || m.end() - m.start() < 2 || !hasDigitAfter(tokens, m.start() + 1, m.end())) {
        continue;
      }
      if (gaz == null) {
        gaz = gazetteer.match(tokens);
      }
      if (!gaz.begins(m.start(), Category.BRAND)) {
        continue;
      }
      int brandEnd = m.start() + 1;
      while (brandEnd < m.end() && gaz.covers(brandEnd, Category.BRAND) && !gaz.begins(brandEnd, Category.BRAND)) {
        brandEnd++;
      }
      if (hasDigitAfter(tokens, brandEnd, m.end())) {
        if (out == null) {
          out = new ArrayList<>(mentions);
        }
        out.set(k, new TokenMention(m.start(), m.end(), EntityType.PRODUCT, m.score()));
      }
    }
    return out == null ? mentions : out;
  }

  private static boolean hasDigitAfter(String[] tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      for (int c = 0; c < tokens[t].length(); c++) {
        if (Character.isDigit(tokens[t].charAt(c))) {
          return true;
        }
      }
    }
    return false;
  }

  private List<TokenMention> merged(String[] tokens, List<TokenMention> model) {
    List<TokenMention> rules = find(tokens);
    if (rules.isEmpty()) {
      return model;
    }
    List<TokenMention> out = new ArrayList<>(model);
    for (TokenMention r : rules) {
      boolean user = r.score() == USER_SCORE;
      if (user) {
        out.removeIf(m -> m.overlaps(r));
        out.add(r);
        continue;
      }
      TokenMention same = null;
      boolean overlap = false;
      for (TokenMention m : out) {
        if (m.start() == r.start() && m.end() == r.end()) {
          same = m;
        } else if (m.overlaps(r)) {
          overlap = true;
        }
      }
      if (same != null) {
        out.remove(same);
        out.add(new TokenMention(r.start(), r.end(), r.type(), Math.max(same.score(), r.score())));
      } else if (!overlap) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparingInt(TokenMention::start));
    return out;
  }

  /**
   * A product model never ends in a model year or a sales figure ("Honda Jazz RS 2015", "HR-V 9.400
   * unit"): such trailing tokens are cut off a PRODUCT mention of two tokens or more.
   */
  static List<TokenMention> withoutTrailingFigures(String[] tokens, List<TokenMention> model) {
    List<TokenMention> out = null;
    for (int k = 0; k < model.size(); k++) {
      TokenMention m = model.get(k);
      int end = m.end();
      if (m.type() == EntityType.PRODUCT) {
        while (end - m.start() > 1 && FIGURE.matcher(tokens[end - 1]).matches()) {
          end--;
        }
      }
      if (end != m.end()) {
        if (out == null) {
          out = new ArrayList<>(model);
        }
        out.set(k, new TokenMention(m.start(), end, m.type(), m.score()));
      }
    }
    return out == null ? model : out;
  }

  /**
   * The alias-in-brackets rule: "NAME ( ALIAS )" where ALIAS is one word spelling NAME's letters in
   * order from its first letter makes ALIAS a mention of NAME's type.
   */
  static List<TokenMention> withBracketAliases(String[] tokens, List<TokenMention> mentions) {
    List<TokenMention> out = null;
    for (int k = 0; k < mentions.size(); k++) {
      TokenMention name = mentions.get(k);
      int a = name.end() + 1;
      if (a + 1 >= tokens.length || !tokens[a - 1].equals("(") || !tokens[a + 1].equals(")")
          || !spells(tokens[a], tokens, name)) {
        continue;
      }
      TokenMention next = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
      boolean exact = next != null && next.start() == a && next.end() == a + 1;
      boolean free = next == null || next.start() > a;
      if (exact && next.type() != name.type() || free) {
        if (out == null) {
          out = new ArrayList<>(mentions);
        }
        TokenMention alias = new TokenMention(a, a + 1, name.type(), exact ? next.score() : name.score());
        if (exact) {
          out.set(out.indexOf(next), alias);
        } else {
          out.add(out.indexOf(name) + 1, alias);
        }
      }
    }
    return out == null ? mentions : out;
  }

  /** Whether {@code alias} (2-12 letters, capitalized) spells the letters of {@code name} in order, from its first. */
  static boolean spells(String alias, String[] tokens, TokenMention name) {
    int n = alias.length();
    if (n < 2 || n > 12 || !Character.isUpperCase(alias.charAt(0))) {
      return false;
    }
    StringBuilder letters = new StringBuilder();
    for (int t = name.start(); t < name.end(); t++) {
      for (int c = 0; c < tokens[t].length(); c++) {
        char ch = tokens[t].charAt(c);
        if (Character.isLetter(ch)) {
          letters.append(Character.toLowerCase(ch));
        }
      }
    }
    if (letters.length() <= n) {
      return false;
    }
    String a = alias.toLowerCase(Locale.ROOT);
    if (a.charAt(0) != letters.charAt(0)) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < letters.length() && j < n; i++) {
      if (!Character.isLetter(a.charAt(j))) {
        return false;
      }
      if (letters.charAt(i) == a.charAt(j)) {
        j++;
      }
    }
    return j == n;
  }

  /** A model year (1950–2039) or a figure with thousands separators. */
  private static final java.util.regex.Pattern FIGURE =
      java.util.regex.Pattern.compile("(?:19[5-9]\\d|20[0-3]\\d)|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");

  /** The rule mentions alone, non-overlapping, ordered. */
  List<TokenMention> find(String[] tokens) {
    List<TokenMention> out = new ArrayList<>();
    Gazetteer.Matches user = userEntries.size() == 0 ? null : userEntries.match(tokens);
    Gazetteer.Matches gaz = null;
    int i = 0;
    while (i < tokens.length) {
      TokenMention m = null;
      if (user != null) {
        m = userEntry(tokens, user, i);
      }
      if (m == null && (tokens[i].equals("PT") || tokens[i].equals("PT."))) {
        m = companyForm(tokens, i);
      }
      if (m == null && AREA_WORDS.contains(tokens[i])) {
        m = administrativeArea(tokens, i);
      }
      if (m == null && HONORIFICS.contains(tokens[i])) {
        if (gaz == null) {
          gaz = gazetteer.match(tokens);
        }
        m = honorificName(tokens, gaz, i);
      }
      if (m != null) {
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private TokenMention userEntry(String[] tokens, Gazetteer.Matches user, int i) {
    if (user.begin()[i] == 0) {
      return null;
    }
    // the longest user entry starting here
    int cats = user.begin()[i];
    int end = i + 1;
    for (int k = i + 1; k < tokens.length && user.inside()[k] != 0; k++) {
      String joined = join(tokens, i, k + 1);
      int c = userEntries.lookup(joined);
      if (c != 0) {
        end = k + 1;
        cats = c;
      }
    }
    if (end == i + 1) {
      cats = userEntries.lookup(tokens[i]);
      if (cats == 0) {
        return null;
      }
    }
    for (EntityType t : EntityType.values()) {
      if ((cats & (1 << Category.of(t).ordinal())) != 0) {
        return new TokenMention(i, end, t, USER_SCORE);
      }
    }
    return null;
  }

  private static String join(String[] tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(tokens[k]);
    }
    return sb.toString();
  }

  private static TokenMention companyForm(String[] tokens, int i) {
    int j = capitalizedRun(tokens, i + 1);
    if (j == i + 1) {
      return null;
    }
    for (int k = i + 2; k < j; k++) {
      if (isTbk(tokens[k])) {
        return new TokenMention(i, k + 1, EntityType.ORG, 0.95);
      }
    }
    if (j + 2 < tokens.length && tokens[j].equals("(") && tokens[j + 1].equals("Persero") && tokens[j + 2].equals(")")) {
      j += 3;
      if (j < tokens.length && isTbk(tokens[j])) {
        j++;
      }
      return new TokenMention(i, j, EntityType.ORG, 0.95);
    }
    if (j < tokens.length && isTbk(tokens[j])) {
      return new TokenMention(i, j + 1, EntityType.ORG, 0.95);
    }
    return null;
  }

  private static boolean isTbk(String t) {
    return t.equals("Tbk") || t.equals("Tbk.");
  }

  private static TokenMention administrativeArea(String[] tokens, int i) {
    if (i > 0 && NOT_BEFORE_AREA.contains(tokens[i - 1].toLowerCase(Locale.ROOT))) {
      return null;
    }
    int j = capitalizedRun(tokens, i + 1);
    if (j == i + 1 || j - i > 4) {
      return null;
    }
    return new TokenMention(i, j, EntityType.LOC, 0.9);
  }

  private static TokenMention honorificName(String[] tokens, Gazetteer.Matches gaz, int i) {
    int s = i + 1;
    while (s < tokens.length && HONORIFICS.contains(tokens[s])) {
      s++;
    }
    if (s >= tokens.length || !(gaz.begins(s, Category.GIVEN_NAME) || gaz.begins(s, Category.FAMILY_NAME))) {
      return null;
    }
    int j = s;
    while (j < tokens.length && j - s < 4 && isCapitalizedWord(tokens[j]) && !gaz.covers(j, Category.LOC)
        && !gaz.covers(j, Category.ORG_PREFIX) && !gaz.covers(j, Category.LOC_PREFIX)) {
      j++;
    }
    if (j == s) {
      return null;
    }
    return new TokenMention(s, j, EntityType.PER, 0.9);
  }

  /** The end of a run of capitalized words (lowercase connectors allowed inside) starting at {@code i}. */
  private static int capitalizedRun(String[] tokens, int i) {
    int j = i;
    int end = i;
    while (j < tokens.length && j - i < MAX_NAME) {
      if (isCapitalizedWord(tokens[j])) {
        j++;
        end = j;
      } else if (j > i && (tokens[j].equals("dan") || tokens[j].equals("&") || tokens[j].equals("-")) && j + 1 < tokens.length
          && isCapitalizedWord(tokens[j + 1])) {
        j++;
      } else {
        break;
      }
    }
    return end;
  }

  static boolean isCapitalizedWord(String t) {
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    boolean lower = false;
    for (int k = 0; k < t.length(); k++) {
      lower |= Character.isLowerCase(t.charAt(k));
    }
    // a long all-capital word is more likely a shouted headline than an acronym
    return lower || t.length() <= 4;
  }
}
