package id.warta.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.morph.Lemmatizer;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta eval lemmas --tsv FILE [--json] [--informal]}. */
@Command(
    name = "lemmas",
    mixinStandardHelpOptions = true,
    description = {
      "Score the lemmatizer on a TSV file of words and lemmas.",
      "The file has a header line, then word<TAB>lemma[<TAB>UPOS] rows. Prints type-level exact-match"
          + " accuracy, overall and without PROPN rows, in percent, and the most frequent errors."
    })
final class EvalLemmasCommand implements Callable<Integer> {
  @Option(names = "--tsv", required = true, paramLabel = "FILE", description = "gold TSV file")
  Path tsv;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Option(names = "--informal", description = "recognize informal Jakarta-style forms")
  boolean informal;

  @Option(names = "--errors", defaultValue = "20", paramLabel = "N", description = "error pairs to list (default: ${DEFAULT-VALUE})")
  int errors;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    GoldFiles.require(spec, tsv);
    Lemmatizer lemmatizer = Lemmatizer.builder().informal(informal).build();
    int rows = 0;
    int hits = 0;
    int rowsNoPropn = 0;
    int hitsNoPropn = 0;
    Map<String, Integer> errorPairs = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      int lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 2) {
          throw new CommandLine.ParameterException(spec.commandLine(), tsv + " line " + lineNo + ": expected word<TAB>lemma");
        }
        String word = f[0];
        String gold = f[1].toLowerCase(Locale.ROOT);
        boolean propn = f.length > 2 && f[2].equals("PROPN");
        String got = lemmatizer.lemma(word).toLowerCase(Locale.ROOT);
        boolean ok = got.equals(gold);
        rows++;
        hits += ok ? 1 : 0;
        if (!propn) {
          rowsNoPropn++;
          hitsNoPropn += ok ? 1 : 0;
        }
        if (!ok) {
          errorPairs.merge(word + " -> " + got + " (gold " + gold + (f.length > 2 ? ", " + f[2] : "") + ")", 1, Integer::sum);
        }
      }
    }
    if (rows == 0) {
      throw GoldFiles.noCases(spec, tsv);
    }
    double acc = (double) hits / rows;
    double accNoPropn = rowsNoPropn == 0 ? 0 : (double) hitsNoPropn / rowsNoPropn;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      root.put("accuracy", Json.pct(acc));
      root.put("accuracy_without_propn", Json.pct(accNoPropn));
      root.put("rows", rows);
      out.println(Json.MAPPER.writeValueAsString(root));
    } else {
      out.printf("rows                     %d%n", rows);
      out.printf("accuracy                 %.2f%n", 100 * acc);
      out.printf("accuracy without PROPN   %.2f (%d rows)%n", 100 * accNoPropn, rowsNoPropn);
      if (errors > 0 && !errorPairs.isEmpty()) {
        out.println("most frequent errors (word -> system, gold):");
        errorPairs.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
            .limit(errors)
            .forEach(e -> out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
      }
    }
    out.flush();
    return 0;
  }
}
