package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A usage error is one line on standard error that says what is wrong and where help is, and exit status 2. */
class WartaCliTest {
  @ParameterizedTest(name = "warta {0}")
  @CsvSource(delimiter = '|', textBlock = """
      analyze --format xml                 | '--format'          | warta analyze --help
      analyze --format ''                  | '--format'          | warta analyze --help
      analyze --date 2025-13-01            | '--date'            | warta analyze --help
      analyze --date kemarin               | '--date'            | warta analyze --help
      analyze --bogus                      | --bogus             | warta analyze --help
      eval figures                         | --gold              | warta eval figures --help
      eval figures --gold no/such/gold.txt | no/such/gold.txt    | warta eval figures --help
      eval nothing                         | nothing             | warta eval --help
      nothing                              | nothing             | warta --help
      ''                                   | missing command     | warta --help
      """)
  void usageErrorIsOneLine(String args, String says, String help) {
    String[] argv = args.isEmpty() ? new String[0] : args.split(" ");
    for (int k = 0; k < argv.length; k++) {
      argv[k] = argv[k].equals("''") ? "" : argv[k];
    }
    CliRunner.Result r = CliRunner.run(argv);
    assertEquals(2, r.status(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains(says) && r.err().contains(help), r.err());
  }
}
