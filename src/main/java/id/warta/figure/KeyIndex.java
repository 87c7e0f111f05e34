package id.warta.figure;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which word lists and phrase tables an atom's key may be in, as one bit per list, read from the
 * characters of the text in one hash probe. Every lookup the rules make (a phrase table, a set of
 * words, the rules that start at a key) first asks its bit here: most atoms of a window are common
 * words that are in no list, and for them no lower-case string, key string or hash-map lookup is made.
 *
 * <p>The test is exact for keys of ASCII letters and digits (the key of an atom is the lower case of
 * its leading run of letters and digits, or its first character: {@link PhraseTable#key}); for a
 * key with other characters it answers "maybe" ({@link #ALL}), so a list lookup is never skipped
 * wrongly. A word list is entered under the key of each word, which is the key of any atom whose
 * lower case is that word.
 *
 * <p>Immutable and thread-safe.
 */
final class KeyIndex {
  // one bit per list; Lexicon's lists first
  static final int SCALES = 0;
  static final int CURRENCIES = 1;
  static final int UNITS = 2;
  static final int CLASSIFIERS = 3;
  static final int TIME_UNITS = 4;
  static final int QUALIFIERS_BEFORE = 5;
  static final int QUALIFIERS_AFTER = 6;
  static final int DEICTIC = 7;
  static final int IDENTIFIER_WORDS = 8;
  static final int PERIODS = 9;
  static final int NUMBER_WORDS = 10;
  static final int MONTHS = 11;
  static final int STOP_WORDS = 12;
  static final int OBJECT_WORDS = 13;
  static final int DATE_WORDS = 14;
  static final int COMPARATIVES = 15;
  static final int WEEKDAYS = 16;
  /** Scale words after a spelled number and their "-an" forms (NumberReader). */
  static final int WORD_SCALES = 17;
  /** Keys at which some rule starts. */
  static final int RULE_START = 18;
  /** Keys of the atom after a number at which some number-first rule goes on. */
  static final int RULE_NEXT = 19;
  /** Keys of any word or phrase of any rule element. */
  static final int RULE_WORDS = 20;
  /** Small word sets of the rule classes ({@link Scan#lowerIn}). */
  static final int SMALL_SETS = 21;
  /** First words of the compound nouns with a number word ({@link Lexicon#isNumberCompound}: "kaki" of "kaki lima"). */
  static final int COMPOUND_FIRST = 22;
  /**
   * Added to a phrase table's bit: the bit of the keys of the atoms that may end one of its phrases
   * ({@link PhraseTable#endKeys}), for the lists up to bit 30.
   */
  static final int PHRASE_END = 32;
  /** Bit 63: the mask is computed (a stored mask is never 0). */
  static final long KNOWN = Long.MIN_VALUE;
  /** "Maybe in every list": the answer for keys this index cannot read exactly. */
  static final long ALL = -1L;

  private final Map<String, Long> entries;
  /**
   * By slot: the high bits of the key's hash, the key's length in bits 1-7 and the lowest bit set;
   * 0 for an empty slot. Probes compare these ints first, in one small array; an equal tag means an
   * equal length.
   */
  private final int[] tags;
  /**
   * By slot, two longs: the key, and the slot's mask. A key of up to {@link #PACKED} characters is
   * packed into the long, seven bits a character (every key character is an ASCII letter or digit,
   * never 0), so a probe compares it in one read of the line that holds the mask too; a longer key
   * is its offset in {@link #pool}.
   */
  private final long[] data;
  /** The characters of the keys longer than {@link #PACKED}, one after the other. */
  private final char[] pool;
  /** The keys as strings: an atom that is exactly a listed key takes this one as its key and lower case. */
  private final String[] strings;
  private final int slotMask;
  /** The length of the longest key: an atom with a longer key is in no list. */
  private final int maxLength;

  /** Keys of up to this many characters are packed into a long ({@link #data}). */
  private static final int PACKED = 9;

  private KeyIndex(Map<String, Long> entries) {
    this.entries = Map.copyOf(entries);
    int size = Integer.highestOneBit(Math.max(16, entries.size() * 4) - 1) << 1;
    this.tags = new int[size];
    this.data = new long[2 * size];
    this.strings = new String[size];
    this.slotMask = size - 1;
    this.maxLength = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
    if (maxLength > MAX_LENGTH) {
      throw new IllegalArgumentException("key longer than " + MAX_LENGTH);
    }
    this.pool = new char[entries.keySet().stream().filter(k -> k.length() > PACKED).mapToInt(String::length).sum()];
    int used = 0;
    for (Map.Entry<String, Long> e : entries.entrySet()) {
      String k = e.getKey();
      int mixed = hash(k);
      int slot = mixed & slotMask;
      while (tags[slot] != 0) {
        slot = (slot + 1) & slotMask;
      }
      tags[slot] = tag(mixed, k.length());
      if (k.length() <= PACKED) {
        data[2 * slot] = pack(k);
      } else {
        k.getChars(0, k.length(), pool, used);
        data[2 * slot] = used;
        used += k.length();
      }
      strings[slot] = k;
      data[2 * slot + 1] = e.getValue();
    }
  }

  /** The longest key an index may hold: its length must fit the seven bits of a tag. */
  private static final int MAX_LENGTH = 127;

  /** The tag of a key of {@code len} characters whose hash is {@code mixed}. */
  private static int tag(int mixed, int len) {
    return mixed & ~0xFF | len << 1 | 1;
  }

  /**
   * A key of up to {@link #PACKED} characters (ASCII letters and digits, lower case, or one ASCII
   * character) packed into a long, which is never negative; -1, which no probe packs, for a key with
   * other characters (no atom's key is read as one: {@link #slot} finds it {@link #UNREADABLE}).
   */
  private static long pack(String k) {
    long p = 0;
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c > 127) {
        return -1;
      }
      p = p << 7 | c;
    }
    return p;
  }

  /** An empty index. */
  static KeyIndex empty() {
    return new KeyIndex(Map.of());
  }

  /** This index with {@code bit} set for the key of each of {@code words} (used while building, not per call). */
  KeyIndex with(int bit, Collection<String> words) {
    if (bit < 0 || bit > 62) {
      throw new IllegalArgumentException("bit " + bit);
    }
    Map<String, Long> m = new HashMap<>(entries);
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      String k = PhraseTable.key(w.toLowerCase(Locale.ROOT));
      m.merge(k, 1L << bit, (a, b) -> a | b);
    }
    return new KeyIndex(m);
  }

  /**
   * The lists the key of the atom {@code text[start, end)} may be in, with {@link #KNOWN} set: exact
   * for keys of ASCII letters and digits, {@link #ALL} for others.
   */
  long mask(String text, int start, int end) {
    int slot = slot(text, start, end);
    return slot >= 0 ? data[2 * slot + 1] | KNOWN : slot == NOT_LISTED ? KNOWN : ALL;
  }

  /** {@link #slot}: the key is in no list. */
  static final int NOT_LISTED = -1;
  /** {@link #slot}: the key has characters this index does not fold. */
  static final int UNREADABLE = -2;

  /** The slot of the key of atom {@code text[start, end)}, or {@link #NOT_LISTED} or {@link #UNREADABLE}. */
  int slot(String text, int start, int end) {
    char c = text.charAt(start);
    if (c > 127) {
      return UNREADABLE;
    }
    int e = start + 1;
    int h = c;
    long packed = c;
    char f = KEY_CHAR[c];
    if (f != 0) {
      h = f;
      packed = f;
      while (e < end) {
        char d = text.charAt(e);
        if (d > 127) {
          if (Character.isLetterOrDigit(d)) {
            return UNREADABLE; // the key goes on with a letter this index does not fold
          }
          break;
        }
        f = KEY_CHAR[d];
        if (f == 0) {
          break;
        }
        h = h * 31 + f;
        packed = packed << 7 | f; // only compared for keys of up to PACKED characters
        e++;
      }
    }
    int len = e - start;
    if (len > maxLength) {
      return NOT_LISTED;
    }
    int mixed = mix(h, len);
    int tag = tag(mixed, len);
    int slot = mixed & slotMask;
    int t;
    while ((t = tags[slot]) != 0) {
      // an equal tag is an equal length
      if (t == tag && (len <= PACKED ? data[2 * slot] == packed : same(pool, (int) data[2 * slot], len, text, start))) {
        return slot;
      }
      slot = (slot + 1) & slotMask;
    }
    return NOT_LISTED;
  }

  /** The slot of {@code key}, a key of this index, or {@link #NOT_LISTED}. */
  int slotOf(String key) {
    int mixed = hash(key);
    int tag = tag(mixed, key.length());
    for (int slot = mixed & slotMask; tags[slot] != 0; slot = (slot + 1) & slotMask) {
      if (tags[slot] == tag && strings[slot].equals(key)) {
        return slot;
      }
    }
    return NOT_LISTED;
  }

  /** How many slots the index has: slots are {@code [0, size())}. */
  int size() {
    return tags.length;
  }

  /** The mask of a slot {@link #slot} found, with {@link #KNOWN} set. */
  long maskAt(int slot) {
    return data[2 * slot + 1] | KNOWN;
  }

  /** The key of a slot {@link #slot} found, lower case. */
  String keyAt(int slot) {
    return strings[slot];
  }

  /** The length of the key of a slot {@link #slot} found. */
  int keyLength(int slot) {
    return tags[slot] >>> 1 & 0x7F;
  }

  private static boolean same(char[] pool, int offset, int len, String text, int start) {
    for (int i = 0; i < len; i++) {
      if (pool[offset + i] != fold(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  /** By ASCII char: its lower case if it is a letter or digit (a key goes on), else 0. */
  private static final char[] KEY_CHAR = new char[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      KEY_CHAR[c] = c;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      KEY_CHAR[c] = c;
      KEY_CHAR[c - 'a' + 'A'] = c;
    }
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int hash(String k) {
    int h = 0;
    for (int i = 0; i < k.length(); i++) {
      h = h * 31 + k.charAt(i);
    }
    return mix(h, k.length());
  }

  private static int mix(int h, int len) {
    h += len;
    h ^= h >>> 16;
    h *= 0x45d9f3b;
    h ^= h >>> 16;
    return h;
  }
}
