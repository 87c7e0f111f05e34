package id.warta.corenlp;

import edu.stanford.nlp.io.IOUtils;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The properties of one annotator, the CoreNLP way: {@code NAME.option}, where {@code NAME} is the
 * name the annotator was registered under ({@code customAnnotatorClass.NAME}). Each getter consumes
 * its key; {@link #finish()} rejects the keys under the prefix that no getter asked for, so that a
 * misspelt option fails instead of being ignored. Values are checked strictly and every error names
 * the property.
 *
 * <p>Used during construction only; not thread-safe.
 */
final class AnnotatorOptions {
  /** Substrings StanfordCoreNLP rewrites in the {@code annotators} list. */
  private static final List<String> REWRITTEN = List.of("tokenize", "ssplit", "cleanxml");

  private final String name;
  private final Properties props;
  private final TreeSet<String> unread = new TreeSet<>();
  private final List<String> known = new ArrayList<>();

  AnnotatorOptions(String name, Properties props) {
    this.name = checkName(name);
    this.props = props == null ? new Properties() : props;
    for (String key : this.props.stringPropertyNames()) {
      if (key.startsWith(name + ".")) {
        unread.add(key);
      }
    }
  }

  /**
   * {@code name}, if CoreNLP will leave it alone: it rewrites the {@code annotators} list by
   * substring ({@code tokenize,wartassplit} loses its second annotator), so no name may contain
   * {@code tokenize}, {@code ssplit} or {@code cleanxml}.
   */
  static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an annotator needs a name (customAnnotatorClass.NAME)");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String s : REWRITTEN) {
      if (lower.contains(s)) {
        throw new IllegalArgumentException("annotator name '" + name + "' contains '" + s
            + "', which StanfordCoreNLP rewrites in the annotators list; choose another name, such as "
            + WartaSegmenterAnnotator.NAME);
      }
    }
    return name;
  }

  /** The annotator's name. */
  String name() {
    return name;
  }

  /** The raw value of {@code NAME.option}, or {@code null}. */
  String string(String option) {
    String key = key(option);
    unread.remove(key);
    String v = props.getProperty(key);
    return v == null ? null : v.strip();
  }

  /** {@code true} or {@code false} (any case), or {@code dflt} when unset. */
  boolean bool(String option, boolean dflt) {
    String v = string(option);
    if (v == null) {
      return dflt;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw bad(option, v, "true or false");
    };
  }

  /** A positive integer, or {@code dflt} when unset. */
  int positiveInt(String option, int dflt) {
    String v = string(option);
    if (v == null) {
      return dflt;
    }
    try {
      int i = Integer.parseInt(v);
      if (i > 0) {
        return i;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(option, v, "a positive integer");
  }

  /** One of {@code choices} (lowercase; the value is matched ignoring case), or {@code dflt} when unset. */
  String choice(String option, String dflt, String... choices) {
    String v = string(option);
    if (v == null) {
      return dflt;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    for (String c : choices) {
      if (c.equals(lower)) {
        return c;
      }
    }
    throw bad(option, v, "one of " + String.join(", ", choices));
  }

  /** A comma-separated list of file names (class path, file system or URL, as CoreNLP resolves them); empty when unset. */
  List<String> files(String option) {
    String v = string(option);
    List<String> out = new ArrayList<>();
    if (v != null) {
      for (String f : v.split(",")) {
        if (!f.isBlank()) {
          out.add(f.strip());
        }
      }
    }
    return out;
  }

  /**
   * Opens {@code file}, named in {@code option}, as CoreNLP opens its own resources (class path
   * first, then file system, then URL). The caller closes the stream.
   */
  InputStream open(String option, String file) {
    try {
      return IOUtils.getInputStreamFromURLOrClasspathOrFileSystem(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(key(option) + ": cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  /** An error about {@code file}, named in {@code option}. */
  IllegalArgumentException badFile(String option, String file, Exception cause) {
    return new IllegalArgumentException(key(option) + ": bad file " + file + ": " + cause.getMessage(), cause);
  }

  /** Rejects the properties under this annotator's prefix that no getter read. */
  void finish() {
    if (!unread.isEmpty()) {
      throw new IllegalArgumentException("Unknown properties for annotator " + name + ": " + unread
          + (known.isEmpty() ? " (it takes none)" : " (known: " + String.join(", ", known) + ")"));
    }
  }

  private String key(String option) {
    String key = name + "." + option;
    if (!known.contains(key)) {
      known.add(key);
    }
    return key;
  }

  private IllegalArgumentException bad(String option, String value, String expected) {
    return new IllegalArgumentException(key(option) + " must be " + expected + ": '" + value + "'");
  }
}
