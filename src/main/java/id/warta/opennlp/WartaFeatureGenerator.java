package id.warta.opennlp;

import id.warta.entity.Gazetteer;
import id.warta.entity.Gazetteer.Category;
import id.warta.internal.DataFiles;
import id.warta.morph.Analysis;
import id.warta.morph.Lemmatizer;
import id.warta.morph.LexiconEntry;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Warta's name-finder features for one token: lower-cased words and word shapes in a window of two,
 * word and shape bigrams, prefixes and suffixes, gazetteer membership of the token and its neighbours
 * (begin or inside of a match, per category), the token's place in a run of capitalized words that
 * may contain lowercase connectors ("Zona Pengembangan Ekonomi dan Teknologi Jinqiao"), and the case
 * mode of the sentence (mixed, all capitals, all lowercase: in the last two, shapes carry no
 * information and are replaced by a constant).
 *
 * <p>Per-sentence values are computed once and cached for the token array last seen, so an instance
 * is <b>not</b> thread-safe: create one per call (it is cheap). The gazetteer it reads is immutable.
 */
public final class WartaFeatureGenerator implements AdaptiveFeatureGenerator {
  /** Lowercase words allowed inside a run of capitalized words. */
  static final Set<String> CONNECTORS = Set.of(
      "dan", "&", "of", "the", "de", "van", "der", "von", "bin", "binti", "da", "di", "la", "-", "/", "and", "für", "du");

  private static final Lemmatizer LEMMAS = Lemmatizer.standard();

  /** Common English words (bundled {@code english-words.txt}): not names, in mixed-language text. */
  static final Set<String> ENGLISH = Set.copyOf(DataFiles.lines(WartaFeatureGenerator.class, "english-words.txt"));

  private static final Category[] CATEGORIES = Category.values();
  private static final Category[] CONTEXT = {Category.ORG_CONTEXT, Category.PER_CONTEXT, Category.LOC_CONTEXT,
      Category.PERSON_TITLE, Category.ORG_PREFIX, Category.LOC_PREFIX};

  private final Gazetteer gazetteer;

  private String[] cached;
  private String[] lower;
  private String[] shape;
  private String[] runPos;
  private String[] charClass;
  private String[] lexical;
  private Gazetteer.Matches matches;
  private String caseMode;

  /** Features over {@code gazetteer}. */
  public WartaFeatureGenerator(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != cached) {
      prepare(tokens);
    }
    int n = tokens.length;
    features.add("cm=" + caseMode);
    String w = lower[index];
    features.add("w=" + w);
    String sh = shape[index];
    features.add("s=" + sh);
    String prev = index > 0 ? lower[index - 1] : "<s>";
    String next = index + 1 < n ? lower[index + 1] : "</s>";
    features.add("w-1=" + prev);
    features.add("w+1=" + next);
    features.add("w-2=" + (index > 1 ? lower[index - 2] : "<s>"));
    features.add("w+2=" + (index + 2 < n ? lower[index + 2] : "</s>"));
    String prevShape = index > 0 ? shape[index - 1] : "<s>";
    String nextShape = index + 1 < n ? shape[index + 1] : "</s>";
    features.add("s-1=" + prevShape);
    features.add("s+1=" + nextShape);
    features.add("ww=" + prev + "|" + w);
    features.add("ww+=" + w + "|" + next);
    features.add("ss=" + prevShape + "|" + sh + "|" + nextShape);
    if (index == 0) {
      features.add("first=" + sh);
    }
    int len = w.length();
    if (len >= 4) {
      features.add("suf3=" + w.substring(len - 3));
      features.add("suf4=" + w.substring(len - Math.min(4, len - 1)));
      features.add("pre3=" + w.substring(0, 3));
    }
    features.add("run=" + (index > 0 ? runPos[index - 1] : "<s>") + runPos[index] + (index + 1 < n ? runPos[index + 1] : "</s>"));
    productFeatures(features, index, n);
    features.add(lexical[index]);
    gazetteerFeatures(features, index, n);
  }

  /**
   * Product-model cues that survive all-capitals and all-lowercase text: the token's character class
   * (a model code such as CX-5, bZ4X, iX1 or ZX-25R mixes letters and digits), and that class joined
   * with a vehicle or product brand one or two tokens before ("Mazda CX-5", "Honda Vario 160").
   */
  private void productFeatures(List<String> features, int i, int n) {
    String cls = charClass[i];
    features.add("cc=" + cls);
    int brand = 1 << Category.BRAND.ordinal() | 1 << Category.PRODUCT.ordinal();
    boolean b1 = i > 0 && ((matches.begin()[i - 1] | matches.inside()[i - 1]) & brand) != 0;
    boolean b2 = i > 1 && ((matches.begin()[i - 2] | matches.inside()[i - 2]) & brand) != 0;
    if (b1) {
      features.add("pb1=" + cls + "|" + shape[i]);
    } else if (b2) {
      features.add("pb2=" + cls + "|" + charClass[i - 1]);
    }
    if (i + 1 < n && charClass[i + 1].equals("ad")) {
      features.add("ncode");
    }
  }

  /**
   * Whether the lower-cased word is a common Indonesian word, from Warta's lemmatizer: {@code lx=POS} for
   * a lexicon root or a word derived from one (the part of speech of the root), {@code lx=en} for a
   * common English word that is not Indonesian, {@code lx=-} otherwise.
   * Lets the model tell the common words of a title-case headline or a lowercase chat line from names.
   */
  private static String lexical(String lowerWord) {
    if (lowerWord.length() < 2 || firstLetter(lowerWord) < 0) {
      return "lx=o";
    }
    Analysis a = LEMMAS.analyze(lowerWord);
    if (!a.known()) {
      return ENGLISH.contains(lowerWord) ? "lx=en" : "lx=-";
    }
    LexiconEntry e = LEMMAS.lexicon().entry(a.root()).orElse(null);
    return e == null ? "lx=?" : "lx=" + e.pos() + (a.root().equals(lowerWord) ? "" : "+");
  }

  /** Letters only (a), digits only (d), letters and digits (ad), with other marks (p), none of those (o). */
  static String charClass(String t) {
    boolean letter = false;
    boolean digit = false;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (Character.isLetter(c)) {
        letter = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      }
    }
    if (letter && digit) {
      return "ad";
    }
    if (digit) {
      return t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) ? "yr" : "d";
    }
    return letter ? "a" : "o";
  }

  private void gazetteerFeatures(List<String> features, int i, int n) {
    int b = matches.begin()[i];
    int in = matches.inside()[i];
    if ((b | in) != 0) {
      for (Category c : CATEGORIES) {
        int bit = 1 << c.ordinal();
        if ((b & bit) != 0) {
          features.add("g=" + c + "B");
        }
        if ((in & bit) != 0) {
          features.add("g=" + c + "I");
        }
      }
    }
    if (i > 1 && (matches.begin()[i - 2] | matches.inside()[i - 2]) != 0) {
      int p2 = matches.begin()[i - 2] | matches.inside()[i - 2];
      for (Category c : CONTEXT) {
        if ((p2 & (1 << c.ordinal())) != 0) {
          features.add("g-2=" + c);
        }
      }
    }
    if (i > 0 && (matches.begin()[i - 1] | matches.inside()[i - 1]) != 0) {
      int p = matches.begin()[i - 1] | matches.inside()[i - 1];
      for (Category c : CATEGORIES) {
        if ((p & (1 << c.ordinal())) != 0) {
          features.add("g-1=" + c);
        }
      }
    }
    if (i + 1 < n && (matches.begin()[i + 1] | matches.inside()[i + 1]) != 0) {
      int q = matches.begin()[i + 1] | matches.inside()[i + 1];
      for (Category c : CATEGORIES) {
        if ((q & (1 << c.ordinal())) != 0) {
          features.add("g+1=" + c);
        }
      }
    }
  }

  /** Whether token {@code i} of the sentence last seen begins a given name, family name or full person name. */
  boolean personCue(int i) {
    int bits = 1 << Category.GIVEN_NAME.ordinal() | 1 << Category.FAMILY_NAME.ordinal() | 1 << Category.PER.ordinal();
    return (matches.begin()[i] & bits) != 0;
  }

  /** The lower-cased token {@code i} of the sentence last seen. */
  String lower(int i) {
    return lower[i];
  }

  private void prepare(String[] tokens) {
    int n = tokens.length;
    lower = new String[n];
    shape = new String[n];
    runPos = new String[n];
    charClass = new String[n];
    lexical = new String[n];
    int upper = 0;
    int lowerOnly = 0;
    int words = 0;
    boolean[] cap = new boolean[n];
    for (int i = 0; i < n; i++) {
      String t = tokens[i];
      lower[i] = t.toLowerCase(Locale.ROOT);
      shape[i] = shape(t);
      charClass[i] = charClass(t);
      lexical[i] = lexical(lower[i]);
      int first = firstLetter(t);
      if (first >= 0) {
        words++;
        cap[i] = Character.isUpperCase(t.charAt(first));
        if (!t.equals(lower[i])) {
          if (noLowerCase(t)) {
            upper++;
          }
        } else {
          lowerOnly++;
        }
      }
    }
    if (words >= 3 && upper >= 0.8 * words) {
      caseMode = "U";
    } else if (words >= 3 && lowerOnly == words) {
      caseMode = "L";
    } else {
      caseMode = "M";
    }
    boolean flat = !caseMode.equals("M");
    for (int i = 0; i < n; i++) {
      if (flat && firstLetter(tokens[i]) >= 0) {
        shape[i] = "w";
      }
    }
    runs(tokens, cap, flat);
    matches = gazetteer.match(tokens);
    cached = tokens;
  }

  /** Marks each token's place in a run of capitalized tokens joined by connectors: B, I, E, S or O. */
  private void runs(String[] tokens, boolean[] cap, boolean flat) {
    int n = tokens.length;
    boolean[] in = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (flat) {
        in[i] = false;
      } else if (cap[i]) {
        in[i] = true;
      } else if (i > 0 && i + 1 < n && cap[i - 1] && cap[i + 1] && CONNECTORS.contains(lower[i])) {
        in[i] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!in[i]) {
        runPos[i] = flat ? "F" : "O";
        continue;
      }
      boolean before = i > 0 && in[i - 1];
      boolean after = i + 1 < n && in[i + 1];
      String p = before ? (after ? "I" : "E") : (after ? "B" : "S");
      runPos[i] = cap[i] ? p : p + "c";
    }
  }

  private static boolean noLowerCase(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLowerCase(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int firstLetter(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** A collapsed shape: upper X, lower x, digit d, other characters kept, runs collapsed, at most 6 chars. */
  static String shape(String t) {
    StringBuilder sb = new StringBuilder(6);
    char last = 0;
    for (int i = 0; i < t.length() && sb.length() < 6; i++) {
      char c = t.charAt(i);
      char k;
      if (Character.isUpperCase(c)) {
        k = 'X';
      } else if (Character.isLetter(c)) {
        k = 'x';
      } else if (Character.isDigit(c)) {
        k = 'd';
      } else {
        k = c;
      }
      if (k != last) {
        sb.append(k);
        last = k;
      }
    }
    return sb.toString();
  }
}
