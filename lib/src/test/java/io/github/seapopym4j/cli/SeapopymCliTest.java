package io.github.seapopym4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.seapopym4j.cli.CliRun.Result;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class SeapopymCliTest {

  /** A subcommand that fails the way a real one does on bad input, or on a bug. */
  @Command(name = "fail")
  static final class Failing implements Callable<Integer> {
    @CommandLine.Option(names = "--bug")
    boolean bug;
    @CommandLine.Option(names = "--multiline")
    boolean multiline;
    @CommandLine.Option(names = "--caught")
    boolean caught;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (caught) {
        return SeapopymCli.fail(spec.commandLine().getErr(), new IllegalStateException(
            "the run failed on Spark", new ClassNotFoundException("a.Missing")));
      }
      if (bug) {
        throw new NullPointerException("group is null");
      }
      throw new IllegalArgumentException(multiline ? "bad groups file\n  line 3: 8 fields expected"
          : "tr_0 [day] must be > 0, but was -1");
    }
  }

  private static Result run(String... args) {
    return CliRun.configured(new CommandLine(new SeapopymCli()).addSubcommand(new Failing()), args);
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    Result r = run("--help");
    assertEquals(0, r.status());
    assertTrue(r.out().startsWith("Usage: seapopym"), r.out());
  }

  @Test
  void versionNamesTheLibraryVersionFromTheBuild() {
    Result r = run("--version");
    assertEquals(0, r.status());
    assertTrue(r.out().strip().matches("seapopym4j \\d+\\.\\d+\\.\\d+.*"), r.out());
  }

  @Test
  void noSubcommandIsAUsageError() {
    Result r = run();
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("Usage: seapopym"), r.err());
  }

  @Test
  void unknownOptionIsOneLineWithAHint() {
    Result r = run("--bogus");
    assertEquals(2, r.status());
    assertEquals("seapopym: error: Unknown option: '--bogus' (see 'seapopym --help')",
        r.err().strip());
  }

  @Test
  void aMistypedOptionIsNamedWithTheNearestOneInsteadOfAMissingRequiredOption() {
    StringWriter err = new StringWriter();
    int status = SeapopymCli.commandLine(new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true)).execute("run", "--temprature", "t.csv", "--primary-production",
        "pp.csv", "--groups", "g.csv", "--out", "out");
    assertEquals(2, status);
    assertEquals("seapopym: error: unknown option '--temprature'; did you mean '--temperature'? "
        + "(see 'seapopym run --help')", err.toString().strip());
  }

  @Test
  void everyMistypedOptionIsNamedAlsoInTheNameEqualsValueForm() {
    StringWriter err = new StringWriter();
    int status = SeapopymCli.commandLine(new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true)).execute("run", "--temperature=t.csv", "--primary-production",
        "pp.csv", "--groups", "g.csv", "--out", "out", "--gilooly=on", "--sheme", "implicit");
    assertEquals(2, status);
    assertEquals("seapopym: error: unknown option '--gilooly'; did you mean '--gillooly'?; "
        + "unknown option '--sheme'; did you mean '--scheme'? (see 'seapopym run --help')",
        err.toString().strip());
  }

  @Test
  void anOptionFarFromEveryKnownOneGetsNoSuggestion() {
    assertEquals(1, UnknownOptions.distance("--temprature", "--temperature"), "one insertion");
    assertEquals(1, UnknownOptions.distance("--scehme", "--scheme"), "one swap of neighbours");
    assertTrue(UnknownOptions.nearest("--bogus", Set.of("--help", "--version")).isEmpty());
  }

  @Test
  void badInputInASubcommandIsOneLineWithoutStackTrace() {
    Result r = run("fail");
    assertEquals(1, r.status());
    assertEquals("seapopym: error: tr_0 [day] must be > 0, but was -1" + System.lineSeparator(), r.err());
  }

  @Test
  void verboseAddsTheStackTraceAtEitherLevel() {
    for (String[] args : new String[][] {{"-v", "fail"}, {"fail", "--verbose"}}) {
      Result r = run(args);
      assertEquals(1, r.status());
      assertTrue(r.err().startsWith("seapopym: error: tr_0 [day] must be > 0"), r.err());
      assertTrue(r.err().contains("\tat io.github.seapopym4j.cli.SeapopymCliTest$Failing.call"), r.err());
    }
  }

  @Test
  void verbosePrintsTheCauseOfAnErrorACommandCaughtAndReportedItself() {
    Result quiet = run("fail", "--caught");
    assertEquals("seapopym: error: the run failed on Spark", quiet.err().strip());
    Result r = run("fail", "--caught", "--verbose");
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("seapopym: error: the run failed on Spark"), r.err());
    assertTrue(r.err().contains("Caused by: java.lang.ClassNotFoundException: a.Missing"), r.err());
  }

  @Test
  void multiLineMessagesAreJoinedOnOneLine() {
    Result r = run("fail", "--multiline");
    assertEquals("seapopym: error: bad groups file; line 3: 8 fields expected", r.err().strip());
  }

  @Test
  void aBugKeepsItsExceptionName() {
    Result r = run("fail", "--bug");
    assertEquals(1, r.status());
    assertEquals("seapopym: error: NullPointerException: group is null", r.err().strip());
    assertFalse(r.err().contains("\tat "), r.err());
  }
}
