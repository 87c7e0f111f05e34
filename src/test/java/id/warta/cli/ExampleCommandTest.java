package id.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExampleCommandTest {
  @Test
  void analyzesEveryBundledArticle() {
    CliRunner.Result r = CliRunner.run("example");
    assertEquals(0, r.status(), r.err());
    assertEquals(Examples.all().size(), r.out().split("\n== ", -1).length);
    assertTrue(Examples.all().size() >= 3);
    assertTrue(r.out().contains("auto-sales.txt"));
  }
}
