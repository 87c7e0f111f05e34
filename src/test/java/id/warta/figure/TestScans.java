package id.warta.figure;

import id.warta.text.Token;
import id.warta.tokenize.IndonesianTokenizer;
import java.util.Arrays;
import java.util.List;

/** Scans of test sentences, for the tests of the classes that work on a {@link Scan}. */
final class TestScans {
  private TestScans() {}

  /** The atoms of {@code text} (one sentence, every token a candidate) in a scan over {@code lx} and its key index. */
  static Scan of(String text, Lexicon lx) {
    return of(text, lx, lx.keys);
  }

  /** The atoms of {@code text} (one sentence, every token a candidate) in a scan over {@code lx} and {@code index}. */
  static Scan of(String text, Lexicon lx, KeyIndex index) {
    List<Token> tokens = IndonesianTokenizer.standard().tokenize(text);
    int n = tokens.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    byte[] kinds = new byte[n];
    for (int i = 0; i < n; i++) {
      starts[i] = tokens.get(i).start();
      ends[i] = tokens.get(i).end();
      kinds[i] = (byte) tokens.get(i).kind().ordinal();
    }
    boolean[] cand = new boolean[n];
    Arrays.fill(cand, true);
    Scan s = new Scan();
    s.load(text, starts, ends, kinds, 0, cand, 0, n, n, lx, index);
    return s;
  }
}
