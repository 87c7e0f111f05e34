package id.warta.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts the matcher takes on the first element of a rule hold: a rule skipped at an atom
 * because of the atom's kind or the shape of its number ({@link Pattern.Elem#startKinds()}, {@link
 * Pattern.Elem#startShapes()}) would not have matched there.
 */
class PatternTest {
  private static final Lexicon LX = Lexicon.bundled();
  private static final String[] WORDS = {
    "1998", "2024", "1867", "1500", "0812", "12", "7", "34.000", "4,17", "10.4", "160,000", "1.234.567,89",
    "1970-an", "2000-an", "antara", "dan", "hingga", "-", "–", "ribu", "juta", "jutaan", "puluhan", "dua", "puluh",
    "lima", "seratus", "tahun", "thn", "pada", "sejak", "abad", "ke-19", "ke-3", "Q3", "III/2021", "12.05.2021",
    "4/7/2020", "Rp", "US$", "%", "persen", "unit", "orang", "km", "(", ")", "5", "lalu", "silam", "Juli", "150cc"};

  private static Scan scan(String text) {
    Scan s = TestScans.of(text, LX);
    new NumberReader(LX).read(s);
    return s;
  }

  /** Two to seven of {@link #WORDS}, mostly with spaces between them, some glued. */
  private static String randomText(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = 2 + r.nextInt(6); k > 0; k--) {
      b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(5) == 0 ? "" : " ");
    }
    return b.toString().strip();
  }

  @Test
  void aRuleSkippedAtAnAtomWouldNotMatchThere() {
    List<Rule> rules = FigureExtractor.rules(LX);
    Random r = new Random(5);
    int matched = 0;
    for (int iter = 0; iter < 3000; iter++) {
      String text = randomText(r);
      Scan s = scan(text);
      for (Rule rule : rules) {
        Pattern.Elem first = rule.elems[0];
        for (int i = 0; i < s.size(); i++) {
          if (first.match(s, i, s.reusableMatch(rule.elems.length), 0) < 0) {
            continue;
          }
          matched++;
          String where = rule.name() + " at '" + s.atom(i) + "' in <" + text + ">";
          assertTrue((first.startKinds() & 1 << s.atom(i).kind.ordinal()) != 0, where);
          assertTrue((first.startShapes() & Pattern.numShape(s, i)) != 0, where);
        }
      }
    }
    assertTrue(matched > 1000, "first elements matched: " + matched);
  }

  /**
   * The look at the first two elements before a rule is tried ({@link Rule#mayMatch}, with the end
   * its first element peeks) never turns away a rule that matches, and turns away many that do not.
   */
  @Test
  void aRuleTurnedAwayByItsFirstTwoElementsWouldNotMatch() {
    FigureExtractor fx = FigureExtractor.standard();
    List<Rule> rules = FigureExtractor.rules(LX);
    Random r = new Random(11);
    int matched = 0;
    int turnedAway = 0;
    for (int iter = 0; iter < 3000; iter++) {
      String text = randomText(r);
      Scan s = TestScans.of(text, LX, fx.index());
      new NumberReader(LX).read(s);
      for (int k = 0; k < rules.size(); k++) {
        Rule rule = rules.get(k);
        for (int i = 0; i < s.size(); i++) {
          String where = rule.name() + " at '" + s.atom(i) + "' in <" + text + ">";
          Pattern.Match m = Pattern.match(rule, s, i);
          if (m != null) {
            matched++;
            assertTrue(fx.mayMatch(k, s, i), where);
            if (rule.firstPeeks && rule.elems[0].peekEnd(s, i) >= 0) {
              assertEquals(m.ends[0], rule.elems[0].peekEnd(s, i), where);
            }
          } else if (!fx.mayMatch(k, s, i)) {
            turnedAway++;
          }
        }
      }
    }
    assertTrue(matched > 1000, "rules matched: " + matched);
    assertTrue(turnedAway > 10000, "rules turned away: " + turnedAway);
  }
}
