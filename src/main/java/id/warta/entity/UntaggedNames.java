package id.warta.entity;

import id.warta.morph.Analysis;
import id.warta.morph.Lemmatizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops sentences of a partially annotated corpus that probably hold an untagged name: a capitalized
 * word, not the sentence's first, outside every mention, that is not a common Indonesian word (not
 * known to Warta's lemmatizer's lexicon, which also lists some well-known names) and not a country (those {@link Countries} tags). IDNer, for
 * one, has no PRODUCT type and leaves many companies and brands untagged; training on those sentences
 * teaches the model that such names are not entities.
 *
 * <p>Stateless and thread-safe.
 */
public final class UntaggedNames {
  private UntaggedNames() {}

  /** The sentences without a likely untagged name. */
  public static List<LabeledSentence> dropLikelyUntagged(List<LabeledSentence> sentences) {
    Lemmatizer lemmas = Lemmatizer.standard();
    List<LabeledSentence> out = new ArrayList<>(sentences.size());
    for (LabeledSentence s : sentences) {
      if (!hasUntaggedName(s, lemmas)) {
        out.add(s);
      }
    }
    return out;
  }

  static boolean hasUntaggedName(LabeledSentence s, Lemmatizer lemmas) {
    boolean[] inside = new boolean[s.tokens().size()];
    for (TokenMention m : s.mentions()) {
      for (int i = m.start(); i < m.end(); i++) {
        inside[i] = true;
      }
    }
    for (int i = 1; i < inside.length; i++) {
      String t = s.tokens().get(i);
      if (inside[i] || t.length() < 2 || !Character.isUpperCase(t.charAt(0)) || Countries.isCountry(t)) {
        continue;
      }
      String prev = s.tokens().get(i - 1);
      if (prev.equals(".") || prev.equals("\"") || prev.equals(":")) {
        continue;
      }
      Analysis a = lemmas.analyze(t.toLowerCase(java.util.Locale.ROOT));
      if (!a.known()) {
        return true;
      }
    }
    return false;
  }
}
