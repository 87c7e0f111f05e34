package id.warta.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.warta.internal.DataFiles;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The format of every bundled language-data file under models/id/warta/figure/. */
class LanguageDataFormatTest {
  private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");
  private static final Pattern POWER_OF_TEN = Pattern.compile("10*");
  private static final Pattern OFFSET = Pattern.compile("-?P\\d+[DWMY]");
  private static final Set<String> ROLES = Set.of("digit", "teen", "se", "belas", "puluh", "ratus", "fraction", "approx");

  private static List<String[]> rows(String file) {
    return rows(file, f -> f[0]);
  }

  /** The rows of {@code file}, checked, each {@code key} at most once. */
  private static List<String[]> rows(String file, java.util.function.Function<String[], String> key) {
    List<String> lines = DataFiles.lines(FigureExtractor.class, file);
    assertFalse(lines.isEmpty(), file + " is empty");
    Set<String> seen = new HashSet<>();
    return lines.stream().map(l -> {
      assertEquals(l.strip(), l, file + ": stray white space in '" + l + "'");
      assertFalse(l.contains("  "), file + ": double space in '" + l + "'");
      String[] f = l.split("\t", -1);
      for (String x : f) {
        assertFalse(x.isEmpty(), file + ": empty field in '" + l + "'");
        assertEquals(x.strip(), x, file + ": white space around a field in '" + l + "'");
      }
      assertTrue(seen.add(key.apply(f)), file + ": duplicate entry " + key.apply(f));
      return f;
    }).toList();
  }

  private static void fields(String file, String[] f, int min, int max) {
    if (f.length < min || f.length > max) {
      fail(file + ": expected " + min + ".." + max + " tab-separated fields: " + String.join("|", f));
    }
  }

  private static void lowercase(String file, String w) {
    assertEquals(w.toLowerCase(Locale.ROOT), w, file + ": not lowercase: " + w);
  }

  @ParameterizedTest
  @ValueSource(strings = {"classifiers.txt", "identifier-words.txt", "stop-words.txt", "date-words.txt", "comparatives.txt", "ordinal-nouns.txt", "other-months.txt"})
  void wordLists(String file) {
    for (String[] f : rows(file)) {
      // a classifier may give its code when it is an abbreviation (org -> orang)
      fields(file, f, 1, file.equals("classifiers.txt") ? 2 : 1);
      if (!file.equals("classifiers.txt")) {
        lowercase(file, f[0]);
      }
    }
  }

  @Test
  void numberCompounds() {
    Set<String> numberWords = firstColumn("number-words.txt");
    for (String[] words : compounds("number-compounds.txt")) {
      assertTrue(numberWords.contains(words[1]), "number-compounds.txt: not a number word: " + words[1]);
    }
  }

  @Test
  void objectCompounds() {
    Set<String> stopWords = firstColumn("stop-words.txt");
    for (String[] words : compounds("object-compounds.txt")) {
      assertTrue(stopWords.contains(words[0]) || stopWords.contains(words[1]) || words[1].equals("pertama"),
          "object-compounds.txt: neither word ends an object (a stop word or pertama): " + String.join(" ", words));
    }
  }

  /** The first field of every row of {@code file}. */
  private static Set<String> firstColumn(String file) {
    Set<String> out = new HashSet<>();
    for (String[] f : rows(file)) {
      out.add(f[0]);
    }
    return out;
  }

  /** The rows of a file of compounds, each checked to be one field of two lower-case words, split. */
  private static List<String[]> compounds(String file) {
    List<String[]> out = new java.util.ArrayList<>();
    for (String[] f : rows(file)) {
      fields(file, f, 1, 1);
      lowercase(file, f[0]);
      String[] words = f[0].split(" ");
      assertEquals(2, words.length, file + ": not two words: " + f[0]);
      out.add(words);
    }
    return out;
  }


  @Test
  void scales() {
    for (String[] f : rows("scales.txt")) {
      fields("scales.txt", f, 2, 3);
      assertTrue(POWER_OF_TEN.matcher(f[1]).matches(), "scales.txt: not a power of ten: " + f[1]);
      if (f.length == 3) {
        assertEquals("case", f[2]);
      }
    }
  }

  @Test
  void numberWords() {
    for (String[] f : rows("number-words.txt")) {
      fields("number-words.txt", f, 3, 3);
      lowercase("number-words.txt", f[0]);
      assertTrue(new BigDecimal(f[1]).signum() >= 0);
      assertTrue(ROLES.contains(f[2]), "number-words.txt: unknown role " + f[2]);
    }
  }

  @Test
  void moneyWords() {
    for (String[] f : rows("money-words.txt")) {
      fields("money-words.txt", f, 3, 3);
      lowercase("money-words.txt", f[0]);
      assertTrue(new java.math.BigDecimal(f[1]).signum() > 0, "money-words.txt: not a positive amount: " + f[1]);
      assertTrue(ISO_4217.matcher(f[2]).matches(), "money-words.txt: not an ISO 4217 code: " + f[2]);
    }
  }

  @Test
  void currencies() {
    for (String[] f : rows("currencies.txt")) {
      fields("currencies.txt", f, 2, 3);
      assertTrue(ISO_4217.matcher(f[1]).matches(), "currencies.txt: not an ISO 4217 code: " + f[1]);
      if (f.length == 3) {
        assertEquals("case", f[2]);
      }
    }
  }

  @Test
  void units() {
    for (String[] f : rows("units.txt")) {
      fields("units.txt", f, 2, 3);
      assertFalse(f[1].contains(" "), "units.txt: a code has no space: " + f[1]);
      if (f.length == 3) {
        assertEquals("case", f[2]);
      }
    }
  }

  @Test
  void timeUnits() {
    Set<String> designators = Set.of("Y", "M", "W", "D", "TH", "TM", "TS", "MS", "DEC", "WINDU", "CENT", "QTR", "SEM");
    for (String[] f : rows("time-units.txt")) {
      fields("time-units.txt", f, 3, 3);
      assertTrue(designators.contains(f[1]), "time-units.txt: unknown designator " + f[1]);
    }
  }

  @Test
  void months() {
    Set<Integer> numbers = new HashSet<>();
    for (String[] f : rows("months.txt")) {
      fields("months.txt", f, 2, 3);
      assertTrue(Character.isUpperCase(f[0].charAt(0)), "months.txt: capitalize " + f[0]);
      int m = Integer.parseInt(f[1]);
      assertTrue(m >= 1 && m <= 12, "months.txt: month " + m);
      numbers.add(m);
      if (f.length == 3) {
        assertEquals("abbr", f[2]);
      }
    }
    assertEquals(12, numbers.size());
  }

  @Test
  void qualifiers() {
    // a word may qualify before and after the number ("lebih 200", "200 lebih"), once each
    for (String[] f : rows("qualifiers.txt", f -> f[0] + " (" + (f.length > 2 ? f[2] : "") + ")")) {
      fields("qualifiers.txt", f, 3, 3);
      lowercase("qualifiers.txt", f[0]);
      assertNotNull(Qualifier.valueOf(f[1].toUpperCase(Locale.ROOT)));
      assertTrue(f[2].equals("before") || f[2].equals("after"), "qualifiers.txt: position " + f[2]);
    }
  }

  @Test
  void deicticDates() {
    for (String[] f : rows("deictic-dates.txt")) {
      fields("deictic-dates.txt", f, 2, 2);
      lowercase("deictic-dates.txt", f[0]);
      assertTrue(OFFSET.matcher(f[1]).matches(), "deictic-dates.txt: not a signed ISO-8601 offset: " + f[1]);
    }
  }

  @Test
  void objectWords() {
    for (String[] f : rows("object-words.txt")) {
      fields("object-words.txt", f, 2, 2);
      lowercase("object-words.txt", f[0]);
      assertTrue(f[1].equals("noun") || f[1].equals("modifier"), "object-words.txt: role " + f[1]);
    }
  }

  @Test
  void weekdays() {
    for (String[] f : rows("weekdays.txt")) {
      fields("weekdays.txt", f, 2, 2);
      assertTrue(Character.isUpperCase(f[0].charAt(0)), "weekdays.txt: capitalize " + f[0]);
      assertTrue(f[1].matches("[1-7]"), "weekdays.txt: ISO day number 1..7: " + f[1]);
    }
  }

  @Test
  void periods() {
    for (String[] f : rows("periods.txt")) {
      fields("periods.txt", f, 2, 2);
      assertTrue(f[1].equals("Q") || f[1].equals("H"), "periods.txt: prefix " + f[1]);
    }
  }

  @Test
  void theLexiconLoads() {
    assertNotNull(Lexicon.bundled());
    assertTrue(FigureExtractor.standard().ruleNames().size() > 20);
    assertEquals(FigureExtractor.standard().ruleNames().size(), new HashSet<>(FigureExtractor.standard().ruleNames()).size(),
        "rule names are unique");
  }
}
