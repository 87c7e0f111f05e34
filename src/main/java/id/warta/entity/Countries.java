package id.warta.entity;

import id.warta.entity.Gazetteer.Category;
import id.warta.internal.DataFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * Country names, for aligning other corpora with Warta's guideline that every country is LOC, even as
 * a modifier ("pemerintah Indonesia"), and for counting the errors that guideline accounts for when
 * scoring on a corpus that leaves such modifiers untagged.
 *
 * <p>Stateless and thread-safe.
 */
public final class Countries {
  private Countries() {}

  private static final class Holder {
    static final Gazetteer COUNTRIES = Gazetteer.builder()
        .addAll(Category.LOC, DataFiles.lines(Gazetteer.class, "gazetteer/countries.txt"))
        .build();
  }

  /** Whether {@code name} (tokens joined by spaces) is a country name in the bundled list, case-insensitively. */
  public static boolean isCountry(String name) {
    return Holder.COUNTRIES.lookup(name) != 0;
  }

  /**
   * The sentences with every untagged country name (longest match, outside any mention) tagged LOC.
   */
  public static List<LabeledSentence> tagUntagged(List<LabeledSentence> sentences) {
    List<LabeledSentence> out = new ArrayList<>(sentences.size());
    for (LabeledSentence s : sentences) {
      String[] tokens = s.tokenArray();
      Gazetteer.Matches m = Holder.COUNTRIES.match(tokens);
      boolean[] taken = new boolean[tokens.length];
      for (TokenMention g : s.mentions()) {
        for (int i = g.start(); i < g.end(); i++) {
          taken[i] = true;
        }
      }
      List<TokenMention> added = new ArrayList<>(s.mentions());
      boolean changed = false;
      for (int i = 0; i < tokens.length; i++) {
        if (taken[i] || m.begin()[i] == 0 || !Character.isUpperCase(tokens[i].charAt(0))) {
          continue;
        }
        int end = i + 1;
        for (int k = i + 1; k < tokens.length && m.inside()[k] != 0 && !taken[k]; k++) {
          if (isCountry(String.join(" ", java.util.Arrays.asList(tokens).subList(i, k + 1)))) {
            end = k + 1;
          }
        }
        if (!isCountry(String.join(" ", java.util.Arrays.asList(tokens).subList(i, end)))) {
          continue;
        }
        added.add(TokenMention.gold(i, end, EntityType.LOC));
        for (int k = i; k < end; k++) {
          taken[k] = true;
        }
        changed = true;
        i = end - 1;
      }
      if (changed) {
        added.sort(java.util.Comparator.comparingInt(TokenMention::start));
        out.add(new LabeledSentence(s.tokens(), added, s.source()));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
