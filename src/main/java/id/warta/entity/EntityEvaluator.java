package id.warta.entity;

import id.warta.eval.Prf;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores entity mentions against gold with CoNLL-2003 exact match: a mention is correct when its
 * token span and type both equal a gold mention's. Also classifies every error.
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityEvaluator {
  private EntityEvaluator() {}

  /** The kinds of error. */
  public enum ErrorKind {
    /** A gold mention the system did not find at all (no overlapping system mention). */
    MISSED,
    /** A system mention with no overlapping gold mention. */
    SPURIOUS,
    /** The same span with another type. */
    WRONG_TYPE,
    /** Overlapping spans with different boundaries. */
    BOUNDARY
  }

  /**
   * One error.
   *
   * @param kind what went wrong
   * @param gold the gold mention's type and text, or null
   * @param system the system mention's type and text, or null
   */
  public record Error(ErrorKind kind, String gold, String system) {
    @Override
    public String toString() {
      return switch (kind) {
        case MISSED -> "missed " + gold;
        case SPURIOUS -> "spurious " + system;
        case WRONG_TYPE, BOUNDARY -> kind.name().toLowerCase(java.util.Locale.ROOT) + " " + gold + " -> " + system;
      };
    }
  }

  /**
   * The scores.
   *
   * @param overall micro-averaged over all types
   * @param byType per type (every type present, counts may be zero)
   * @param errors every error, in corpus order
   */
  public record Result(Prf overall, Map<EntityType, Prf> byType, List<Error> errors) {
    /** The most frequent errors with their counts, most frequent first (ties by text). */
    public List<Map.Entry<String, Integer>> frequentErrors(int limit) {
      Map<String, Integer> counts = new HashMap<>();
      for (Error e : errors) {
        counts.merge(e.toString(), 1, Integer::sum);
      }
      List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
      list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      return list.subList(0, Math.min(limit, list.size()));
    }
  }

  /** Scores {@code system} (mentions for one sentence's tokens) on {@code gold}. */
  public static Result evaluate(List<LabeledSentence> gold, Function<String[], List<TokenMention>> system) {
    Map<EntityType, long[]> counts = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      counts.put(t, new long[3]);
    }
    List<Error> errors = new ArrayList<>();
    for (LabeledSentence s : gold) {
      List<TokenMention> sys = system.apply(s.tokenArray());
      for (TokenMention g : s.mentions()) {
        counts.get(g.type())[2]++;
      }
      for (TokenMention m : sys) {
        counts.get(m.type())[1]++;
        if (s.mentions().stream().anyMatch(g -> g.sameAs(m))) {
          counts.get(m.type())[0]++;
        }
      }
      for (TokenMention g : s.mentions()) {
        if (sys.stream().anyMatch(m -> m.sameAs(g))) {
          continue;
        }
        TokenMention over = sys.stream().filter(m -> m.overlaps(g)).findFirst().orElse(null);
        if (over == null) {
          errors.add(new Error(ErrorKind.MISSED, label(s, g), null));
        } else if (over.start() == g.start() && over.end() == g.end()) {
          errors.add(new Error(ErrorKind.WRONG_TYPE, label(s, g), label(s, over)));
        } else {
          errors.add(new Error(ErrorKind.BOUNDARY, label(s, g), label(s, over)));
        }
      }
      for (TokenMention m : sys) {
        if (s.mentions().stream().noneMatch(g -> g.overlaps(m))) {
          errors.add(new Error(ErrorKind.SPURIOUS, null, label(s, m)));
        }
      }
    }
    Map<EntityType, Prf> byType = new EnumMap<>(EntityType.class);
    Prf overall = new Prf(0, 0, 0);
    for (EntityType t : EntityType.values()) {
      long[] c = counts.get(t);
      Prf p = new Prf(c[0], c[1], c[2]);
      byType.put(t, p);
      overall = overall.plus(p);
    }
    return new Result(overall, byType, errors);
  }

  private static String label(LabeledSentence s, TokenMention m) {
    return m.type() + " [" + s.text(m) + "]";
  }
}
