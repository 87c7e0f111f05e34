package id.warta.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.Warta;
import id.warta.entity.Conll;
import id.warta.entity.LabeledSentence;
import id.warta.eval.Conllu;
import id.warta.eval.FigureEvaluator;
import id.warta.eval.FigureGold;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta eval figures --gold FILE [--conllu FILE | --conll FILE] [--json] [--errors]}. */
@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    description = {
      "Score figures on a gold file in Warta's figure format.",
      "The format is described in docs/figures.md. Prints span-overlap precision, recall and F1, then the"
          + " type, value, unit, qualifier and object accuracy of matched figures, in percent.",
      "With --conllu or --conll the gold file is stand-off: its spans are offsets into the sentences of that"
          + " CoNLL-U file (their text) or two-column CoNLL file (tokens joined by single spaces, ids s1, s2, ...),"
          + " each sentence being a case."
    })
final class EvalFiguresCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold figure file")
  Path gold;

  @Option(names = "--conllu", paramLabel = "FILE",
      description = "read the gold file as stand-off over the sentences of this CoNLL-U file")
  Path conllu;

  @Option(names = "--conll", paramLabel = "FILE",
      description = "read the gold file as stand-off over the sentences of this token<TAB>tag file")
  Path conll;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Option(names = "--errors", description = "also list missed, spurious and mismatched figures")
  boolean errors;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The sentence texts of a CoNLL-U file by {@code sent_id}, in file order. */
  private static Map<String, String> conlluTexts(Path file) throws java.io.IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Conllu.Sentence sentence : Conllu.read(file).sentences()) {
      if (sentence.id() == null || texts.put(sentence.id(), sentence.text()) != null) {
        throw new IllegalArgumentException(file + ": a sentence without a unique sent_id: " + sentence.id());
      }
    }
    return texts;
  }

  /** The sentences of a token-TAB-tag file, tokens joined by single spaces, by id {@code s1, s2, ...}. */
  private static Map<String, String> conllTexts(Path file) throws java.io.IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    int n = 0;
    for (LabeledSentence sentence : Conll.read(file)) {
      texts.put("s" + ++n, String.join(" ", sentence.tokens()));
    }
    return texts;
  }

  @Override
  public Integer call() throws Exception {
    GoldFiles.require(spec, gold);
    FigureGold g;
    try {
      if (conllu != null && conll != null) {
        throw new IllegalArgumentException("give --conllu or --conll, not both");
      }
      Map<String, String> texts = conllu != null ? conlluTexts(GoldFiles.require(spec, conllu))
          : conll != null ? conllTexts(GoldFiles.require(spec, conll)) : null;
      g = texts == null ? FigureGold.read(gold)
          : FigureGold.parseStandoff(Files.readString(gold, StandardCharsets.UTF_8), texts, gold.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (g.cases().isEmpty()) {
      throw GoldFiles.noCases(spec, gold);
    }
    Warta warta = Pipelines.forFigures();
    FigureEvaluator.Scores s = FigureEvaluator.evaluate(g, (text, date) -> warta.analyze(text, date).figures());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      ObjectNode span = root.putObject("span");
      span.put("precision", Json.pct(s.span().precision()));
      span.put("recall", Json.pct(s.span().recall()));
      span.put("f1", Json.pct(s.span().f1()));
      ObjectNode acc = root.putObject("accuracy");
      acc.put("type", Json.pct(s.typeAccuracy()));
      acc.put("value", Json.pct(s.valueAccuracy()));
      acc.put("unit", Json.pct(s.unitAccuracy()));
      acc.put("qualifier", Json.pct(s.qualifierAccuracy()));
      acc.put("object", Json.pct(s.objectAccuracy()));
      ObjectNode counts = root.putObject("counts");
      counts.put("cases", s.cases());
      counts.put("gold", s.span().gold());
      counts.put("system", s.span().system());
      counts.put("matched", s.matched());
      if (errors) {
        var list = root.putArray("errors");
        s.errors().forEach(list::add);
      }
      out.println(Json.MAPPER.writeValueAsString(root));
    } else {
      out.printf("cases %d, gold figures %d, system figures %d, matched %d%n",
          s.cases(), s.span().gold(), s.span().system(), s.matched());
      out.printf("%-10s %9s %9s %9s%n", "metric", "precision", "recall", "f1");
      out.printf("%-10s %9.2f %9.2f %9.2f%n", "Span", 100 * s.span().precision(), 100 * s.span().recall(), 100 * s.span().f1());
      out.printf("%-10s %9s%n", "accuracy", "matched");
      out.printf("%-10s %9.2f%n", "Type", 100 * s.typeAccuracy());
      out.printf("%-10s %9.2f%n", "Value", 100 * s.valueAccuracy());
      out.printf("%-10s %9.2f%n", "Unit", 100 * s.unitAccuracy());
      out.printf("%-10s %9.2f%n", "Qualifier", 100 * s.qualifierAccuracy());
      out.printf("%-10s %9.2f%n", "Object", 100 * s.objectAccuracy());
      if (errors) {
        s.errors().forEach(out::println);
      }
    }
    out.flush();
    return 0;
  }
}
