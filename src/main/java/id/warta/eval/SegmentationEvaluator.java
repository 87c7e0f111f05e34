package id.warta.eval;

import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.text.Word;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores a segmenter against a CoNLL-U file the way the CoNLL 2018 shared task does: the raw text is
 * rebuilt (sentences joined by one space), segmented, and system and gold units are aligned by their
 * character offsets with white space removed. A unit is correct when both its ends match.
 *
 * <p>For syntactic words, a token's words are taken from {@link Token#words()}, or the token itself
 * when it has none.
 *
 * <p>Stateless and thread-safe.
 */
public final class SegmentationEvaluator {
  private SegmentationEvaluator() {}

  /** A span in non-space character coordinates. */
  record Span(int start, int end) {}

  /** Segments the raw text of {@code gold} with {@code segmenter} and scores the result. */
  public static SegmentationScores evaluate(Conllu gold, Function<String, List<Sentence>> segmenter) {
    String text = gold.text();
    return score(text, goldSpans(gold), segmenter.apply(text));
  }

  /** Scores system sentences over {@code text} against gold spans. */
  static SegmentationScores score(String text, GoldSpans gold, List<Sentence> system) {
    int[] squeeze = squeezeMap(text);
    Set<Span> sysTokens = new HashSet<>();
    Set<Span> sysWords = new HashSet<>();
    Set<Span> sysSentences = new HashSet<>();
    for (Sentence s : system) {
      sysSentences.add(span(squeeze, s.start(), s.end()));
      for (Token t : s.tokens()) {
        sysTokens.add(span(squeeze, t.start(), t.end()));
        if (t.words().isEmpty()) {
          sysWords.add(span(squeeze, t.start(), t.end()));
        } else {
          for (Word w : t.words()) {
            sysWords.add(span(squeeze, w.start(), w.end()));
          }
        }
      }
    }
    return new SegmentationScores(
        prf(sysTokens, gold.tokens), prf(sysWords, gold.words), prf(sysSentences, gold.sentences));
  }

  private static Prf prf(Set<Span> system, Set<Span> gold) {
    long correct = 0;
    for (Span s : system) {
      if (gold.contains(s)) {
        correct++;
      }
    }
    return new Prf(correct, system.size(), gold.size());
  }

  /** For each offset of {@code text}, the number of non-space characters before it. */
  private static int[] squeezeMap(String text) {
    int[] m = new int[text.length() + 1];
    int k = 0;
    for (int i = 0; i < text.length(); i++) {
      m[i] = k;
      if (!Character.isWhitespace(text.charAt(i))) {
        k++;
      }
    }
    m[text.length()] = k;
    return m;
  }

  private static Span span(int[] squeeze, int start, int end) {
    return new Span(squeeze[start], squeeze[end]);
  }

  /** Gold spans in non-space coordinates. */
  record GoldSpans(Set<Span> tokens, Set<Span> words, Set<Span> sentences) {}

  static GoldSpans goldSpans(Conllu gold) {
    Set<Span> tokens = new HashSet<>();
    Set<Span> words = new HashSet<>();
    Set<Span> sentences = new HashSet<>();
    int k = 0;
    for (Conllu.Sentence s : gold.sentences()) {
      int sentStart = k;
      for (Conllu.Token t : s.tokens()) {
        int len = squeezedLength(t.form());
        tokens.add(new Span(k, k + len));
        String joined = String.join("", t.words());
        if (t.words().size() > 1 && joined.equals(t.form())) {
          int w = k;
          for (String word : t.words()) {
            int wl = squeezedLength(word);
            words.add(new Span(w, w + wl));
            w += wl;
          }
        } else if (t.words().size() > 1) {
          // the words do not spell the token (GSD's satu-satunya = satu + nya): the token span stands
          // for the first word, the others are gold words no offset-aligned system word can match
          words.add(new Span(k, k + len));
          for (int i = 1; i < t.words().size(); i++) {
            words.add(new Span(-1 - words.size(), -1));
          }
        } else {
          words.add(new Span(k, k + len));
        }
        k += len;
      }
      sentences.add(new Span(sentStart, k));
    }
    return new GoldSpans(tokens, words, sentences);
  }

  private static int squeezedLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
