package id.warta.entity;

import id.warta.internal.DataFiles;
import id.warta.tokenize.IndonesianTokenizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Lists of names and cue words, matched case-insensitively over tokens. Each entry belongs to one or
 * more {@link Category categories}; the recognizer uses matches as features and user entries as
 * rules. The bundled lists live in {@code models/id/warta/entity/gazetteer/}, one file per concern.
 *
 * <p>Immutable and thread-safe. Build a changed copy with {@link #toBuilder()}.
 */
public final class Gazetteer {

  /** What an entry is evidence for. */
  public enum Category {
    /** A place name. */
    LOC,
    /** An organization name. */
    ORG,
    /** A product or vehicle model name. */
    PRODUCT,
    /** A full person name. */
    PER,
    /** A vehicle brand (an ORG alone, the start of a PRODUCT before a model). */
    BRAND,
    /** A given name. */
    GIVEN_NAME,
    /** A family or last name. */
    FAMILY_NAME,
    /** A title or job title before a person's name. */
    PERSON_TITLE,
    /** A word that opens an organization name (PT, Kementerian). */
    ORG_PREFIX,
    /** A word that closes an organization name (Tbk, Group). */
    ORG_SUFFIX,
    /** A word that opens a place name (Kota, Kabupaten). */
    LOC_PREFIX,
    /** A word often next to an organization name (perusahaan, emiten). */
    ORG_CONTEXT,
    /** A word often next to a person's name (kata, ujar). */
    PER_CONTEXT,
    /** A word often before a place name (di, wilayah). */
    LOC_CONTEXT;

    /** The category that holds entries of an entity type. */
    public static Category of(EntityType type) {
      return switch (type) {
        case PER -> PER;
        case ORG -> ORG;
        case LOC -> LOC;
        case PRODUCT -> PRODUCT;
      };
    }
  }

  /** The bundled files and their categories. */
  static final Map<String, Category> BUNDLED_FILES = bundledFiles();

  private static Map<String, Category> bundledFiles() {
    Map<String, Category> m = new java.util.LinkedHashMap<>();
    m.put("provinces.txt", Category.LOC);
    m.put("regencies-cities.txt", Category.LOC);
    m.put("districts.txt", Category.LOC);
    m.put("industrial-estates.txt", Category.LOC);
    m.put("regions.txt", Category.LOC);
    m.put("countries.txt", Category.LOC);
    m.put("world-cities.txt", Category.LOC);
    m.put("companies-automotive.txt", Category.ORG);
    m.put("companies.txt", Category.ORG);
    m.put("government.txt", Category.ORG);
    m.put("vehicle-brands.txt", Category.BRAND);
    m.put("vehicle-models.txt", Category.PRODUCT);
    m.put("products.txt", Category.PRODUCT);
    m.put("product-brands.txt", Category.BRAND);
    m.put("given-names.txt", Category.GIVEN_NAME);
    m.put("family-names.txt", Category.FAMILY_NAME);
    m.put("person-titles.txt", Category.PERSON_TITLE);
    m.put("org-prefixes.txt", Category.ORG_PREFIX);
    m.put("org-suffixes.txt", Category.ORG_SUFFIX);
    m.put("loc-prefixes.txt", Category.LOC_PREFIX);
    m.put("context-org.txt", Category.ORG_CONTEXT);
    m.put("context-per.txt", Category.PER_CONTEXT);
    m.put("context-loc.txt", Category.LOC_CONTEXT);
    return java.util.Collections.unmodifiableMap(m);
  }

  private static final class Bundled {
    static final Gazetteer INSTANCE = load();

    private static Gazetteer load() {
      Builder b = new Builder();
      for (Map.Entry<String, Category> e : BUNDLED_FILES.entrySet()) {
        b.addAll(e.getValue(), DataFiles.lines(Gazetteer.class, "gazetteer/" + e.getKey()));
      }
      return b.build();
    }
  }

  /** Matches of one sentence: per token, bit masks of categories beginning and continuing there. */
  public record Matches(int[] begin, int[] inside) {
    /** Whether token {@code i} begins or continues a match of {@code c}. */
    public boolean covers(int i, Category c) {
      return ((begin[i] | inside[i]) & (1 << c.ordinal())) != 0;
    }

    /** Whether token {@code i} begins a match of {@code c}. */
    public boolean begins(int i, Category c) {
      return (begin[i] & (1 << c.ordinal())) != 0;
    }
  }

  private final Map<String, Integer> entries;
  private final Map<String, Integer> longestByFirst;
  private final Map<Category, List<String>> sources;

  private Gazetteer(Builder b) {
    this.entries = Map.copyOf(b.entries);
    this.longestByFirst = Map.copyOf(b.longestByFirst);
    Map<Category, List<String>> s = new EnumMap<>(Category.class);
    b.sources.forEach((k, v) -> s.put(k, List.copyOf(v)));
    this.sources = s;
  }

  /** The bundled lists (shared instance). */
  public static Gazetteer standard() {
    return Bundled.INSTANCE;
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this gazetteer's entries, to add more. */
  public Builder toBuilder() {
    Builder b = new Builder();
    sources.forEach(b::addAll);
    return b;
  }

  /** The number of distinct normalized entries. */
  public int size() {
    return entries.size();
  }

  /** The entries of a category, as added. */
  public List<String> entries(Category c) {
    return sources.getOrDefault(c, List.of());
  }

  /** The categories of an exact entry (case-insensitive), as a bit mask over {@link Category#ordinal()}. */
  public int lookup(String entry) {
    return entries.getOrDefault(key(IndonesianTokenizer.standard(), entry), 0);
  }

  /** The matches over {@code tokens}: at each start, every entry length that matches is marked. */
  public Matches match(String[] tokens) {
    int n = tokens.length;
    int[] begin = new int[n];
    int[] inside = new int[n];
    String[] norm = new String[n];
    for (int i = 0; i < n; i++) {
      norm[i] = normalize(tokens[i]);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Integer longest = longestByFirst.get(norm[i]);
      if (longest == null) {
        continue;
      }
      sb.setLength(0);
      for (int len = 1; len <= longest && i + len <= n; len++) {
        if (len > 1) {
          sb.append(' ');
        }
        sb.append(norm[i + len - 1]);
        Integer cats = entries.get(sb.toString());
        if (cats != null) {
          begin[i] |= cats;
          for (int k = i + 1; k < i + len; k++) {
            inside[k] |= cats;
          }
        }
      }
    }
    return new Matches(begin, inside);
  }

  /** The lookup form of a token: lower case (root locale), surrounding brackets and trailing commas removed. */
  public static String normalize(String token) {
    int s = 0;
    int e = token.length();
    while (e - s > 1 && (token.charAt(s) == '(' || token.charAt(s) == '"')) {
      s++;
    }
    while (e - s > 1 && (token.charAt(e - 1) == ')' || token.charAt(e - 1) == ',' || token.charAt(e - 1) == '"')) {
      e--;
    }
    String t = s == 0 && e == token.length() ? token : token.substring(s, e);
    return t.toLowerCase(Locale.ROOT);
  }

  static String key(IndonesianTokenizer tokenizer, String entry) {
    StringBuilder sb = new StringBuilder();
    tokenizer.tokenize(entry, (s, e, k) -> {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(normalize(entry.substring(s, e)));
    });
    return sb.toString();
  }

  /** Collects entries. Not thread-safe. */
  public static final class Builder {
    private final IndonesianTokenizer tokenizer = IndonesianTokenizer.standard();
    private final Map<String, Integer> entries = new HashMap<>();
    private final Map<String, Integer> longestByFirst = new HashMap<>();
    private final Map<Category, List<String>> sources = new EnumMap<>(Category.class);

    private Builder() {}

    /** Adds one entry. Blank entries are rejected. */
    public Builder add(Category category, String entry) {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(entry, "entry");
      String k = key(tokenizer, entry);
      if (k.isEmpty()) {
        throw new IllegalArgumentException("blank gazetteer entry");
      }
      entries.merge(k, 1 << category.ordinal(), (a, b) -> a | b);
      int len = 1;
      int sp = k.indexOf(' ');
      String first = sp < 0 ? k : k.substring(0, sp);
      for (int i = 0; i < k.length(); i++) {
        if (k.charAt(i) == ' ') {
          len++;
        }
      }
      longestByFirst.merge(first, len, Math::max);
      sources.computeIfAbsent(category, c -> new ArrayList<>()).add(entry);
      return this;
    }

    /** Adds entries. */
    public Builder addAll(Category category, Collection<String> more) {
      for (String e : more) {
        add(category, e);
      }
      return this;
    }

    /** The gazetteer. */
    public Gazetteer build() {
      return new Gazetteer(this);
    }
  }
}
