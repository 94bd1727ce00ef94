package io.github.seapopym4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * The command-line tests' one fixture: runs a command line in-process and captures what it prints.
 * Public for the tests of other modules (the lib test-jar).
 */
public final class CliRun {

  /** What one execution returned and printed. */
  public record Result(int status, String out, String err) {}

  private CliRun() {}

  /** Runs {@code args} through the whole {@code seapopym} command line (its handlers, extensions). */
  public static Result seapopym(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SeapopymCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
    return new Result(status, out.toString(), err.toString());
  }

  /** Runs {@code args} through {@code cl} configured with the handlers of {@link SeapopymCli}. */
  public static Result configured(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = SeapopymCli.configure(cl, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
    return new Result(status, out.toString(), err.toString());
  }

  /** Runs {@code args} through one picocli command object alone, with picocli's own handlers. */
  public static Result command(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int status = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    return new Result(status, out.toString(), err.toString());
  }
}
