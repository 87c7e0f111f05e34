package id.warta.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table of phrases (one or more words: {@code dolar AS}, {@code meter persegi}, {@code km/jam})
 * matched against the atoms of a sentence. Matching works on characters, so a phrase matches
 * however the tokenizer cut it ({@code US$} glued or spaced, {@code km / jam}); a space in a phrase
 * matches any run of white space or none, and a match must end on an atom boundary. Case is ignored
 * unless the entry is case-sensitive. Longer phrases win.
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <V> the value attached to each phrase
 */
final class PhraseTable<V> {
  /** A phrase and its value. */
  record Entry<V>(String phrase, V value, boolean caseSensitive) {}

  /** A match: the value, the atoms {@code [start, end)} it covers and the phrase as listed. */
  record Hit<V>(V value, int start, int end, String phrase) {}

  /** The entries by the key they start with, longest phrase first (arrays: no iterator per lookup). */
  private final Map<String, Entry<?>[]> byKey = new HashMap<>();
  /** This table's bit in the {@link KeyIndex} of the scans it is matched on. */
  private final long bit;
  /** The bit of the keys of atoms that may end a phrase of this table ({@link KeyIndex#PHRASE_END}). */
  private final long endBit;
  private final List<String> phrases;

  /** A table of {@code entries} whose keys have bit {@code bit} in the scans' {@link KeyIndex}. */
  PhraseTable(List<Entry<V>> entries, int bit) {
    if (bit < 0 || bit >= KeyIndex.PHRASE_END - 1) {
      throw new IllegalArgumentException("bit " + bit);
    }
    this.bit = 1L << bit;
    this.endBit = 1L << (bit + KeyIndex.PHRASE_END);
    this.phrases = entries.stream().map(Entry::phrase).toList();
    Map<String, List<Entry<V>>> lists = new HashMap<>();
    for (Entry<V> e : entries) {
      lists.computeIfAbsent(key(e.phrase()), k -> new ArrayList<>()).add(e);
    }
    for (Map.Entry<String, List<Entry<V>>> l : lists.entrySet()) {
      l.getValue().sort(Comparator.comparingInt((Entry<V> e) -> e.phrase().length()).reversed());
      byKey.put(l.getKey(), l.getValue().toArray(new Entry<?>[0]));
    }
  }

  /** The lookup key of a string: its leading run of letters and digits, lowercased, or its first char. */
  static String key(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s.toLowerCase(Locale.ROOT);
    }
    return i == 0 ? s.substring(0, Math.min(1, s.length())) : s.substring(0, i).toLowerCase(Locale.ROOT);
  }

  /** {@link #key(String)} of a string already in lower case. */
  static String keyOfLower(String s) {
    if (s.length() == 1) {
      return s;
    }
    int i = 0;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    return i == 0 ? s.substring(0, Math.min(1, s.length())) : s.substring(0, i);
  }

  /** The keys of atoms at which a phrase may start. */
  java.util.Set<String> keys() {
    return java.util.Set.copyOf(byKey.keySet());
  }

  /**
   * Strings whose keys include the key of every atom that may end a match of a phrase: the atom
   * ends where the phrase ends and starts at some character of it, so its text is, but for case,
   * the rest of the phrase from there with the spaces taken out (a space may match no white space).
   */
  List<String> endKeys() {
    List<String> out = new ArrayList<>();
    for (String p : phrases) {
      String joined = p.replace(" ", "");
      for (int k = 0; k < joined.length(); k++) {
        out.add(joined.substring(k));
      }
    }
    return out;
  }

  /** This table's {@link KeyIndex} bit. */
  int bit() {
    return Long.numberOfTrailingZeros(bit);
  }

  /** The phrases, as listed. */
  List<String> phrases() {
    return phrases;
  }

  /** Whether some phrase may start at an atom with this key. */
  boolean mayStart(String atomKey) {
    return byKey.containsKey(atomKey);
  }

  /** The value of the phrase {@code phrase}, ignoring case (and case-sensitive entries exactly), or null. */
  V lookup(String phrase) {
    Entry<?>[] cands = byKey.get(key(phrase.toLowerCase(Locale.ROOT)));
    if (cands != null) {
      for (Entry<?> x : cands) {
        Entry<V> e = entry(x);
        if (e.caseSensitive() ? e.phrase().equals(phrase) : e.phrase().equalsIgnoreCase(phrase)) {
          return e.value();
        }
      }
    }
    return null;
  }

  /** The longest phrase starting at atom {@code i}, or null. */
  Hit<V> match(Scan s, int i) {
    if (i >= s.size() || (s.mask(i) & bit) == 0) {
      return null;
    }
    Entry<?>[] cands = byKey.get(s.atom(i).key());
    if (cands == null) {
      return null;
    }
    for (Entry<?> x : cands) {
      Entry<V> e = entry(x);
      int end = matchAt(s, i, e);
      if (end > 0) {
        return new Hit<>(e.value(), i, end, e.phrase());
      }
    }
    return null;
  }

  /** The longest phrase that ends exactly before atom {@code end} and starts at most {@code maxAtoms} before, or null. */
  Hit<V> matchEndingAt(Scan s, int end, int maxAtoms) {
    if ((s.mask(end - 1) & endBit) == 0) {
      return null; // the atom before can end no phrase: the atoms before it need no look
    }
    for (int i = Math.max(0, end - maxAtoms); i < end; i++) {
      if ((s.mask(i) & bit) == 0) {
        continue;
      }
      Entry<?>[] cands = byKey.get(s.atom(i).key());
      if (cands == null) {
        continue;
      }
      for (Entry<?> x : cands) {
        Entry<V> e = entry(x);
        if (matchAt(s, i, e) == end) {
          return new Hit<>(e.value(), i, end, e.phrase());
        }
      }
    }
    return null;
  }

  /** An entry of this table (the arrays of {@link #byKey} hold only this table's entries). */
  @SuppressWarnings("unchecked")
  private Entry<V> entry(Entry<?> e) {
    return (Entry<V>) e;
  }

  /** The atom index after {@code e} when it matches at atom {@code i}, else -1. */
  private static int matchAt(Scan s, int i, Entry<?> e) {
    String p = e.phrase();
    String text = s.text();
    int pos = s.atom(i).start;
    int limit = s.atom(s.size() - 1).end;
    int k = 0;
    while (k < p.length()) {
      char pc = p.charAt(k);
      if (pc == ' ') {
        while (pos < limit && Character.isWhitespace(text.charAt(pos))) {
          pos++;
        }
        k++;
        continue;
      }
      if (pos >= limit) {
        return -1;
      }
      char tc = text.charAt(pos);
      boolean same = e.caseSensitive() ? tc == pc
          : tc == pc || Character.toLowerCase(tc) == Character.toLowerCase(pc);
      if (!same) {
        return -1;
      }
      pos++;
      k++;
    }
    // the match must end on an atom boundary, and not take the sentence's full stop ("Rp99 rb.")
    for (int j = i; j < s.size(); j++) {
      int end = s.atom(j).end;
      if (end == pos) {
        return j > i && s.isFinalStop(j) ? -1 : j + 1;
      }
      if (end > pos) {
        return -1;
      }
    }
    return -1;
  }
}
