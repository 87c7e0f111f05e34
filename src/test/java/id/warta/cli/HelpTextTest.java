package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Every command's help reads well: a parent lists each command with the first line of its description,
 * so that line is a complete short sentence, and the description is whole sentences that picocli wraps.
 */
class HelpTextTest {
  /** The widest a summary may be to fit beside the longest command name ("segmentation") in 80 columns. */
  private static final int SUMMARY_MAX = 80 - "  segmentation  ".length();

  @TestFactory
  List<DynamicTest> everyCommand() {
    List<DynamicTest> tests = new ArrayList<>();
    collect(WartaCli.commandLine(), tests);
    assertEquals(10 * 3, tests.size(), "commands: warta, analyze, example, eval (4), train (1)");
    return tests;
  }

  private static void collect(CommandLine cl, List<DynamicTest> tests) {
    String name = cl.getCommandSpec().qualifiedName();
    String[] description = cl.getCommandSpec().usageMessage().description();
    String help = cl.getUsageMessage(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    tests.add(DynamicTest.dynamicTest(name + ": summary is one short sentence", () -> {
      assertTrue(description.length > 0, name);
      String summary = description[0];
      assertTrue(summary.endsWith(".") && Character.isUpperCase(summary.charAt(0)), name + ": " + summary);
      if (cl.getParent() != null) {
        assertTrue(summary.length() <= SUMMARY_MAX, name + ": " + summary.length() + " chars: " + summary);
      }
    }));
    tests.add(DynamicTest.dynamicTest(name + ": description is whole sentences", () -> {
      for (String paragraph : description) {
        assertTrue(paragraph.isEmpty() || paragraph.endsWith("."), name + ": a line cut mid-sentence: " + paragraph);
      }
    }));
    tests.add(DynamicTest.dynamicTest(name + ": --help fits 80 columns and lists commands on one line each", () -> {
      for (String line : help.lines().toList()) {
        assertTrue(line.length() <= 80, name + ": " + line);
        assertFalse(line.contains("=<"), name + ": an option without a label: " + line);
      }
      int commands = help.indexOf("Commands:");
      if (commands >= 0) {
        List<String> entries = help.substring(commands).lines().skip(1).toList();
        assertEquals(cl.getSubcommands().size(), entries.size(), name + ":\n" + help);
      }
    }));
    for (CommandLine sub : cl.getSubcommands().values()) {
      collect(sub, tests);
    }
  }
}
