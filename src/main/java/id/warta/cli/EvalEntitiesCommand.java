package id.warta.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.entity.Conll;
import id.warta.entity.Countries;
import id.warta.entity.EntityEvaluator;
import id.warta.entity.EntityRecognizer;
import id.warta.entity.EntityType;
import id.warta.entity.LabeledSentence;
import id.warta.eval.Prf;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta eval entities --conll FILE [--json]}. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Score entities on a two-column CoNLL file.",
      "The gold tokens (token<TAB>BIO tag) are tagged and the entities scored by CoNLL-2003 exact match:"
          + " precision, recall and F1, overall and per type, in percent, and the most frequent errors."
    })
final class EvalEntitiesCommand implements Callable<Integer> {
  @Option(names = "--conll", required = true, paramLabel = "FILE", description = "gold CoNLL file")
  Path conll;

  @Option(names = "--model", paramLabel = "FILE", description = "a model zip instead of the bundled one")
  Path model;

  @Option(names = "--beam", paramLabel = "N", defaultValue = "1", description = "decoder beam size (default ${DEFAULT-VALUE})")
  int beam;

  @Option(names = "--no-rules", description = "switch the rule layer off")
  boolean noRules;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "25", description = "how many frequent errors to list (default ${DEFAULT-VALUE})")
  int errors;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    GoldFiles.require(spec, conll);
    List<LabeledSentence> gold;
    try {
      gold = Conll.read(conll);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (gold.isEmpty()) {
      throw GoldFiles.noCases(spec, conll);
    }
    EntityRecognizer.Builder b = EntityRecognizer.builder().rules(!noRules).beamSize(beam);
    if (model != null) {
      b.model(readModel());
    }
    EntityRecognizer ner = b.build();
    EntityEvaluator.Result r = EntityEvaluator.evaluate(gold, ner::findMentions);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      root.set("overall", Json.prf(r.overall()));
      for (EntityType t : EntityType.values()) {
        if (r.byType().get(t).gold() > 0 || r.byType().get(t).system() > 0) {
          root.set(t.name(), Json.prf(r.byType().get(t)));
        }
      }
      out.println(Json.MAPPER.writeValueAsString(root));
    } else {
      out.printf("%-8s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "f1", "gold", "system");
      row(out, "overall", r.overall());
      for (EntityType t : EntityType.values()) {
        row(out, t.name(), r.byType().get(t));
      }
      out.println();
      long countries = r.errors().stream().filter(EvalEntitiesCommand::countryLocNotInGold).count();
      out.println("errors where a country name is LOC here but untagged in the gold (Warta's guideline tags every"
          + " country LOC, also as a modifier): " + countries);
      out.println("most frequent errors (" + r.errors().size() + " in all):");
      for (Map.Entry<String, Integer> e : r.frequentErrors(errors)) {
        out.printf("%5d  %s%n", e.getValue(), e.getKey());
      }
    }
    out.flush();
    return 0;
  }

  /** A spurious LOC whose text is a country name: the gold left a country untagged. */
  static boolean countryLocNotInGold(EntityEvaluator.Error e) {
    if (e.kind() != EntityEvaluator.ErrorKind.SPURIOUS || !e.system().startsWith("LOC [")) {
      return false;
    }
    String name = e.system().substring(5, e.system().length() - 1);
    return Countries.isCountry(name);
  }


  private static void row(PrintWriter out, String name, Prf p) {
    out.printf("%-8s %9.2f %9.2f %9.2f %7d %7d%n", name, 100 * p.precision(), 100 * p.recall(), 100 * p.f1(), p.gold(), p.system());
  }

  /** The {@code --model} file, or a usage error naming it when it is missing or not a name finder model. */
  private TokenNameFinderModel readModel() {
    if (!Files.isRegularFile(model) || !Files.isReadable(model)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "not a readable file: " + model);
    }
    try {
      return new TokenNameFinderModel(model);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), model + ": not an OpenNLP name finder model: " + e.getMessage());
    } catch (RuntimeException e) { // OpenNLP reads a file that is no model zip into a NullPointerException
      throw new CommandLine.ParameterException(spec.commandLine(), model + ": not an OpenNLP name finder model");
    }
  }
}
