package id.warta.eval;

import id.warta.tokenize.Segmenter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Scratch: gold tokens the system missed. */
public class SegEvalMain2 {
  public static void main(String[] a) throws Exception {
    Conllu c = Conllu.read(Path.of(a[0]));
    String text = c.text();
    var sys = Segmenter.standard().segment(text);
    int[] sq = new int[text.length() + 1];
    int k = 0;
    for (int i = 0; i < text.length(); i++) { sq[i] = k; if (!Character.isWhitespace(text.charAt(i))) k++; }
    sq[text.length()] = k;
    Set<Long> got = new HashSet<>();
    for (var s : sys) for (var t : s.tokens()) got.add(((long) sq[t.start()] << 32) | sq[t.end()]);
    // walk gold
    int pos = 0;
    for (var s : c.sentences()) {
      StringBuilder ctx = new StringBuilder();
      for (var t : s.tokens()) ctx.append(t.form()).append(' ');
      for (var t : s.tokens()) {
        int len = t.form().replaceAll("\\s", "").length();
        if (!got.contains(((long) pos << 32) | (pos + len))) {
          String cs = ctx.toString();
          int at = cs.indexOf(t.form());
          System.out.println("MISS [" + t.form() + "]  " + cs.substring(Math.max(0, at - 40), Math.min(cs.length(), at + 40)));
        }
        pos += len;
      }
    }
  }
}
