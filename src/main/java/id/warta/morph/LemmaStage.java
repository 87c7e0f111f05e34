package id.warta.morph;

import id.warta.Stages;
import id.warta.internal.SentenceList;
import id.warta.text.Sentence;
import id.warta.text.Token;
import id.warta.text.TokenKind;
import id.warta.text.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The pipeline stage that gives every token its lemma and its syntactic words: a clitic form
 * becomes several words ({@code rumahnya} → {@code rumah} + {@code nya}, {@code apakah} →
 * {@code apa} + {@code kah}), each with offsets into the original text and its own lemma
 * ({@code nya} → {@code dia}). A capitalized word that begins a sentence (or follows an opening
 * quote or bracket there) is analyzed as a common word; elsewhere capitalized words are taken for
 * names. Tokens that are not words (numbers, punctuation, URLs...) are their own lemma.
 *
 * <p>Immutable and thread-safe.
 */
public final class LemmaStage implements Stages.TokenStage {
  private static final class Bundled {
    static final LemmaStage INSTANCE = new LemmaStage(Lemmatizer.standard());
  }

  private final Lemmatizer lemmatizer;

  /** A stage backed by {@code lemmatizer}. */
  public LemmaStage(Lemmatizer lemmatizer) {
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "lemmatizer");
  }

  /** The stage with the bundled lemmatizer (shared instance). */
  public static LemmaStage standard() {
    return Bundled.INSTANCE;
  }

  /** The lemmatizer in use. */
  public Lemmatizer lemmatizer() {
    return lemmatizer;
  }

  @Override
  public List<Sentence> annotate(String text, List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      List<Token> annotated = new ArrayList<>(tokens.size());
      boolean initial = true;
      for (Token t : tokens) {
        annotated.add(annotate(t, initial));
        if (initial && t.kind() != TokenKind.PUNCTUATION) {
          initial = false;
        }
      }
      out.add(s.withTokens(annotated));
    }
    // tokens keep their offsets and kinds, so the segmenter's columns still describe them
    return sentences instanceof SentenceList columns && columns.intact() ? columns.withSentences(out) : out;
  }

  /** One token with its lemma and words; {@code sentenceInitial}: lowercase a capitalized word first. */
  public Token annotate(Token t, boolean sentenceInitial) {
    if (t.kind() != TokenKind.WORD) {
      return t.withLemma(t.text(), List.of(new Word(t.text(), t.start(), t.end(), t.text())));
    }
    String written = t.norm().length() == t.length() ? t.norm() : t.text();
    String form = written;
    boolean lowered = false;
    if (sentenceInitial && isCapitalized(form)) {
      form = form.toLowerCase(Locale.ROOT);
      lowered = true;
    }
    Analysis a = lemmatizer.analyze(form);
    // an unknown word or a name is its own lemma, as normalized (Jum’at and Jum'at alike)
    String lemma = a.root().equals(form) && (!a.known() || lowered && isName(form)) ? written : a.root();
    if (a.clitics().isEmpty() || form.length() != t.length()) {
      return t.withLemma(lemma, List.of(new Word(t.text(), t.start(), t.end(), lemma)));
    }
    int pro = a.procliticLength();
    int enc = a.encliticLength();
    List<Word> words = new ArrayList<>(a.clitics().size() + 1);
    int pos = t.start();
    String text = t.text();
    for (Clitic c : a.clitics()) {
      if (c.proclitic()) {
        words.add(new Word(text.substring(0, pro), pos, pos + pro, c.lemma()));
      }
    }
    int hostEnd = t.length() - enc;
    words.add(new Word(text.substring(pro, hostEnd), t.start() + pro, t.start() + hostEnd, lemma));
    int at = hostEnd;
    for (Clitic c : a.clitics()) {
      if (!c.proclitic()) {
        int len = c.form().length();
        words.add(new Word(text.substring(at, at + len), t.start() + at, t.start() + at + len, c.lemma()));
        at += len;
      }
    }
    return t.withLemma(lemma, words);
  }

  /** A word the lexicon lists as a proper noun: it keeps its capital at the start of a sentence too. */
  private boolean isName(String lower) {
    LexiconEntry e = lemmatizer.lexicon().entry(lower).orElse(null);
    return e != null && e.hasPos("PROPN");
  }

  private static boolean isCapitalized(String s) {
    if (!Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
