package id.warta.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScanTest {
  /** The regex {@link Scan#gluedNumberEnd} stands for. */
  private static final Pattern GLUED = Pattern.compile("(\\d(?:[\\d.,]*\\d)?)(\\S+)");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"150cc, 3", "'2,1M', 3", "1.5L, 3", "1970-an, 4", "5G, 1", "2024., 4", "3.0, 1", "'10.000an', 6", "12, 1"})
  void gluedNumbers(String token, int end) {
    assertEquals(end, Scan.gluedNumberEnd(token));
  }

  @Test
  void sameSplitAsTheRegex() {
    Random r = new Random(11);
    String alphabet = "0123456789.,aMcLn-/";
    for (int k = 0; k < 200_000; k++) {
      StringBuilder b = new StringBuilder().append((char) ('0' + r.nextInt(10)));
      for (int n = r.nextInt(8) + 1; n > 0; n--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      Matcher m = GLUED.matcher(s);
      assertTrue(m.matches(), s);
      assertEquals(m.end(1), Scan.gluedNumberEnd(s), s);
    }
  }
}
