package id.warta.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.Warta;
import id.warta.eval.Conllu;
import id.warta.eval.Prf;
import id.warta.eval.SegmentationEvaluator;
import id.warta.eval.SegmentationScores;
import id.warta.tokenize.IndonesianTokenizer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta eval segmentation --conllu FILE [--json]}. */
@Command(
    name = "segmentation",
    mixinStandardHelpOptions = true,
    description = {
      "Score tokens, words and sentences on a CoNLL-U file.",
      "The raw text is rebuilt from the file (sentences joined by one space) and segmented; Tokens, Words and"
          + " Sentences are scored by the CoNLL 2018 shared task method, in percent."
    })
final class EvalSegmentationCommand implements Callable<Integer> {
  @Option(names = "--conllu", required = true, paramLabel = "FILE", description = "gold CoNLL-U file")
  Path conllu;

  @Option(names = "--json", description = "print one JSON object")
  boolean json;

  @Option(names = "--abbreviation-periods", defaultValue = "KEEP", paramLabel = "KEEP|SPLIT",
      description = "KEEP (default: Jl. is one token, as in UD CSUI and PUD) or SPLIT (Jl + ., as in UD GSD)")
  IndonesianTokenizer.AbbreviationPeriods periods;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    GoldFiles.require(spec, conllu);
    Conllu gold;
    try {
      gold = Conllu.read(conllu);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (gold.sentences().isEmpty()) {
      throw GoldFiles.noCases(spec, conllu);
    }
    Warta warta = Pipelines.forSegmentation(periods);
    SegmentationScores s = SegmentationEvaluator.evaluate(gold, text -> warta.analyze(text).sentences());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      root.set("tokens", Json.prf(s.tokens()));
      root.set("words", Json.prf(s.words()));
      root.set("sentences", Json.prf(s.sentences()));
      out.println(Json.MAPPER.writeValueAsString(root));
    } else {
      out.printf("%-10s %9s %9s %9s%n", "metric", "precision", "recall", "f1");
      row(out, "Tokens", s.tokens());
      row(out, "Words", s.words());
      row(out, "Sentences", s.sentences());
    }
    out.flush();
    return 0;
  }


  private static void row(PrintWriter out, String name, Prf p) {
    out.printf("%-10s %9.2f %9.2f %9.2f%n", name, 100 * p.precision(), 100 * p.recall(), 100 * p.f1());
  }
}
