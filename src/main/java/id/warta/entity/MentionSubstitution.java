package id.warta.entity;

import id.warta.entity.Gazetteer.Category;
import id.warta.tokenize.IndonesianTokenizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Training-data augmentation: a copy of a sentence in which every mention is replaced by another name
 * of the same type from the gazetteer (places for LOC, organizations for ORG, brand and model for
 * PRODUCT, given and family name for PER), written in the original mention's case. It teaches the
 * model that gazetteer membership and context, not memorized names, make an entity. The choice is
 * deterministic: each type walks its pool with a fixed stride.
 *
 * <p>Not thread-safe (it keeps the walk's position); use one per training run.
 */
final class MentionSubstitution {
  private static final int STRIDE = 7919;

  private final IndonesianTokenizer tokenizer = IndonesianTokenizer.standard();
  private final Map<EntityType, List<List<String>>> pools = new EnumMap<>(EntityType.class);
  private final Map<EntityType, Integer> next = new EnumMap<>(EntityType.class);

  MentionSubstitution(Gazetteer g) {
    pools.put(EntityType.LOC, tokenized(g.entries(Category.LOC)));
    pools.put(EntityType.ORG, tokenized(g.entries(Category.ORG)));
    List<String> products = new ArrayList<>(g.entries(Category.PRODUCT));
    List<String> brands = g.entries(Category.BRAND);
    List<String> models = g.entries(Category.PRODUCT);
    for (int i = 0; i < models.size(); i++) {
      products.add(brands.get((i * 31) % brands.size()) + " " + models.get(i));
    }
    pools.put(EntityType.PRODUCT, tokenized(products));
    List<String> people = new ArrayList<>();
    List<String> given = g.entries(Category.GIVEN_NAME);
    List<String> family = g.entries(Category.FAMILY_NAME);
    for (int i = 0; i < given.size(); i++) {
      people.add(given.get(i) + " " + family.get((i * 13) % family.size()));
      if (i % 3 == 0) {
        people.add(given.get(i));
      }
      if (i % 4 == 0) {
        people.add(given.get(i) + " " + given.get((i * 17 + 5) % given.size()));
      }
    }
    pools.put(EntityType.PER, tokenized(people));
    for (EntityType t : EntityType.values()) {
      next.put(t, 0);
    }
  }

  private List<List<String>> tokenized(List<String> names) {
    List<List<String>> out = new ArrayList<>(names.size());
    for (String n : names) {
      List<String> ts = new ArrayList<>();
      tokenizer.tokenize(n, (s, e, k) -> ts.add(n.substring(s, e)));
      out.add(List.copyOf(ts));
    }
    return out;
  }

  /** The sentence with every mention replaced, or {@code null} if it has none. */
  LabeledSentence substitute(LabeledSentence s) {
    if (s.mentions().isEmpty()) {
      return null;
    }
    List<String> tokens = new ArrayList<>();
    List<TokenMention> mentions = new ArrayList<>();
    int at = 0;
    for (TokenMention m : s.mentions()) {
      tokens.addAll(s.tokens().subList(at, m.start()));
      List<String> name = pick(m.type());
      String original = s.text(m);
      int start = tokens.size();
      for (String t : name) {
        tokens.add(cased(t, original));
      }
      mentions.add(TokenMention.gold(start, tokens.size(), m.type()));
      at = m.end();
    }
    tokens.addAll(s.tokens().subList(at, s.tokens().size()));
    return new LabeledSentence(tokens, mentions, s.source() + "(substituted)");
  }

  private List<String> pick(EntityType t) {
    List<List<String>> pool = pools.get(t);
    int i = next.get(t);
    next.put(t, (i + STRIDE) % pool.size());
    return pool.get(i);
  }

  private static String cased(String t, String original) {
    if (original.equals(original.toUpperCase(Locale.ROOT)) && original.length() > 4) {
      return t.toUpperCase(Locale.ROOT);
    }
    if (original.equals(original.toLowerCase(Locale.ROOT))) {
      return t.toLowerCase(Locale.ROOT);
    }
    return t;
  }
}
