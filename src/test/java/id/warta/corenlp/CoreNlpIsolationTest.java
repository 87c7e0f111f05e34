package id.warta.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.warta.Warta;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP is GPL and optional: nothing outside {@code id.warta.corenlp} may refer to it, and Warta
 * must work without it on the class path.
 */
class CoreNlpIsolationTest {
  private static final String ADAPTER = "id/warta/corenlp/";
  private static final List<String> STANFORD = List.of("edu/stanford", "edu.stanford");

  /** The compiled main classes (target/classes). */
  private static Path mainClasses() throws URISyntaxException {
    return Path.of(Warta.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The class files under {@code root} whose bytes (constant pool included) name CoreNLP. */
  private static List<String> referringToCoreNlp(Path root) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        if (STANFORD.stream().anyMatch(bytes::contains)) {
          out.add(root.relativize(p).toString().replace(File.separatorChar, '/'));
        }
      }
    }
    return out;
  }

  @Test
  void onlyTheAdapterRefersToCoreNlp() throws Exception {
    Path root = mainClasses();
    long classes;
    try (Stream<Path> files = Files.walk(root)) {
      classes = files.filter(f -> f.toString().endsWith(".class"))
          .filter(f -> !root.relativize(f).toString().replace(File.separatorChar, '/').startsWith(ADAPTER)).count();
    }
    assertTrue(classes > 100, "scanned only " + classes + " classes under " + root);
    List<String> referring = referringToCoreNlp(root);
    // the scan sees the references the adapter does have
    assertTrue(referring.contains(ADAPTER + "WartaLemmaAnnotator.class"), referring.toString());
    assertEquals(List.of(), referring.stream().filter(c -> !c.startsWith(ADAPTER)).toList());
  }

  @Test
  void wartaAnalyzesWithoutCoreNlpOnTheClassPath() throws Exception {
    List<URL> urls = new ArrayList<>();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isEmpty() && !entry.contains("stanford-corenlp")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    assertTrue(urls.contains(mainClasses().toUri().toURL()), "the main classes are on " + classPath);
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName("edu.stanford.nlp.pipeline.Annotator", false, loader));
      Class<?> warta = Class.forName(Warta.class.getName(), true, loader);
      assertTrue(warta.getClassLoader() == loader, "Warta must come from the loader without CoreNLP");
      Object builder = warta.getMethod("builder").invoke(null);
      Object instance = builder.getClass().getMethod("build").invoke(builder);
      Object doc = warta.getMethod("analyze", String.class).invoke(instance, "Budi Santoso membeli 3 rumah di Bandung seharga Rp2 miliar.");
      assertEquals(12, ((List<?>) doc.getClass().getMethod("tokens").invoke(doc)).size());
      assertEquals(2, ((List<?>) doc.getClass().getMethod("entities").invoke(doc)).size());
      assertTrue(((List<?>) doc.getClass().getMethod("figures").invoke(doc)).size() >= 2);
      // while the adapter itself cannot load there
      assertThrows(NoClassDefFoundError.class,
          () -> Class.forName(WartaLemmaAnnotator.class.getName(), true, loader).getConstructor().newInstance());
    }
  }
}
