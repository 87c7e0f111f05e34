package id.warta.tokenize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the golden tables: text, expected units, reason; with \n, \r, \t and \\uXXXX escapes. */
final class GoldenCases {
  record Case(int line, String text, List<String> expected, String reason) {
    @Override
    public String toString() {
      return "line " + line + ": " + reason;
    }
  }

  private GoldenCases() {}

  static List<Case> read(String resource, String separator) {
    try (InputStream in = GoldenCases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      List<Case> out = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] f = l.split("\t", -1);
        if (f.length != 3 || f[2].isBlank()) {
          throw new IllegalStateException(resource + ":" + (i + 1) + ": expected text<TAB>expected<TAB>reason");
        }
        List<String> expected = new ArrayList<>();
        if (!f[1].isBlank()) {
          for (String e : f[1].split(java.util.regex.Pattern.quote(separator), -1)) {
            expected.add(unescape(e));
          }
        }
        out.add(new Case(i + 1, unescape(f[0]), expected, f[2]));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char d = s.charAt(i + 1);
        switch (d) {
          case 'n' -> { b.append('\n'); i++; }
          case 'r' -> { b.append('\r'); i++; }
          case 't' -> { b.append('\t'); i++; }
          case 'u' -> { b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16)); i += 5; }
          default -> b.append(c);
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
