package id.warta.morph;

/**
 * A per-call buffer of the ways a prefix rule can strip the start of a word: where the rest
 * begins, which char (if any) is restored in front of it, the affix, and its cost in tenths.
 *
 * <p>Not thread-safe: one per call.
 */
final class Moves {
  static final int MAX = 16;
  final int[] start = new int[MAX];
  final char[] lead = new char[MAX];
  final Affix[] affix = new Affix[MAX];
  final int[] cost = new int[MAX];
  int size;

  void add(int restStart, char restoredLead, Affix a, int tenths) {
    if (size < MAX) {
      start[size] = restStart;
      lead[size] = restoredLead;
      affix[size] = a;
      cost[size] = tenths;
      size++;
    }
  }
}
