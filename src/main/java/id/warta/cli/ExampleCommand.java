package id.warta.cli;

import id.warta.Document;
import id.warta.Warta;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warta example}: analyze the bundled news articles and print a readable summary. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    description = "Analyze the bundled example articles and print the results.")
final class ExampleCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Warta warta = Pipelines.full();
    for (Examples.Article a : Examples.all()) {
      Document doc = warta.analyze(a.text(), a.date());
      TextReport.write(out, a.name() + " (" + a.date() + ")", doc);
      out.println();
    }
    out.flush();
    return 0;
  }

}
