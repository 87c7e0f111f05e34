package id.warta.eval;

import id.warta.tokenize.Segmenter;
import java.nio.file.Path;

/** Scratch driver while tuning; replaced by the CLI. */
public class SegEvalMain {
  public static void main(String[] a) throws Exception {
    Conllu c = Conllu.read(Path.of(a[0]));
    var r = SegmentationEvaluator.evaluate(c, Segmenter.standard()::segment);
    System.out.printf("tokens %.2f/%.2f/%.2f sentences %.2f/%.2f/%.2f%n",
        100 * r.tokens().precision(), 100 * r.tokens().recall(), 100 * r.tokens().f1(),
        100 * r.sentences().precision(), 100 * r.sentences().recall(), 100 * r.sentences().f1());
    if (a.length > 1) {
      String text = c.text();
      var gold = SegmentationEvaluator.goldSpans(c);
      var sys = Segmenter.standard().segment(text);
      // print token diffs
      int[] sq = new int[text.length() + 1];
      int k = 0;
      for (int i = 0; i < text.length(); i++) { sq[i] = k; if (!Character.isWhitespace(text.charAt(i))) k++; }
      sq[text.length()] = k;
      java.util.Map<Integer, Integer> inv = new java.util.HashMap<>();
      for (int i = text.length(); i >= 0; i--) inv.put(sq[i], i);
      for (var s : sys) {
        for (var t : s.tokens()) {
          var sp = new int[] {sq[t.start()], sq[t.end()]};
          boolean ok = gold.tokens().stream().anyMatch(g -> g.start() == sp[0] && g.end() == sp[1]);
          if (!ok) {
            int from = Math.max(0, t.start() - 30), to = Math.min(text.length(), t.end() + 30);
            System.out.println("TOK [" + t.text() + "]  ..." + text.substring(from, to).replace('\n', ' '));
          }
        }
        if (a[1].equals("s")) {
          var sp = new int[] {sq[s.start()], sq[s.end()]};
          boolean ok = gold.sentences().stream().anyMatch(g -> g.start() == sp[0] && g.end() == sp[1]);
          if (!ok) System.out.println("SENT " + s.text().substring(0, Math.min(140, s.text().length())) + " ||| " + s.text().substring(Math.max(0, s.text().length() - 60)));
        }
      }
    }
  }
}
