package id.warta.eval;

/**
 * Precision, recall and F1 from counts.
 *
 * @param correct items both in the system output and the gold
 * @param system items in the system output
 * @param gold items in the gold data
 */
public record Prf(long correct, long system, long gold) {
  public Prf {
    if (correct < 0 || system < correct || gold < correct) {
      throw new IllegalArgumentException("inconsistent counts " + correct + "/" + system + "/" + gold);
    }
  }

  /** Precision in [0, 1]; 0 when the system produced nothing. */
  public double precision() {
    return system == 0 ? 0 : (double) correct / system;
  }

  /** Recall in [0, 1]; 0 when the gold is empty. */
  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    return system + gold == 0 ? 0 : 2.0 * correct / (system + gold);
  }

  /** The sum of two count sets. */
  public Prf plus(Prf o) {
    return new Prf(correct + o.correct, system + o.system, gold + o.gold);
  }
}
