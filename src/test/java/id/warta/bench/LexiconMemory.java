package id.warta.bench;

import id.warta.morph.Lemmatizer;

/**
 * Prints the heap retained by the bundled lemmatizer (lexicon, tables, cache), measured as the
 * difference in used heap after full collections. Approximate.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=id.warta.bench.LexiconMemory</pre>
 */
public final class LexiconMemory {
  private LexiconMemory() {}

  public static void main(String[] args) throws Exception {
    long before = used();
    Lemmatizer l = Lemmatizer.builder().build();
    l.lemma("perusahaan");
    long after = used();
    System.out.printf("roots: %d, retained heap: %.1f MiB%n", l.lexicon().size(), (after - before) / 1048576.0);
    System.out.println(l.lemma("kendaraan"));
  }

  private static long used() throws InterruptedException {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return r.totalMemory() - r.freeMemory();
  }
}
