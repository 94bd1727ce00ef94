package io.github.seapopym4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * The command-line tests' one fixture: runs a command line in-process and captures what it prints,
 * plus the small input files the reliability tests share. Public for the tests of other modules (the
 * lib test-jar).
 */
public final class CliRun {

  /** What one execution returned and printed. */
  public record Result(int status, String out, String err) {
    @Override
    public String toString() {
      return "exit " + status + "\nstdout: " + out + "\nstderr: " + err;
    }
  }

  static final String GROUPS_HEADER = "name,energy_transfert,day_layer,night_layer,"
      + "lambda_temperature_0,gamma_lambda_temperature,tr_0,gamma_tr\n";

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

  /** Executes {@code command} with {@code args} through the project's error handlers. */
  static Result run(Callable<Integer> command, String... args) {
    return configured(new CommandLine(command), args);
  }

  /** A file of the test resources under {@code /reference/}. */
  static Path resource(String name) {
    try {
      return Path.of(CliRun.class.getResource("/reference/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Temperature and production CSV files on a 1×2 grid (lat 0.5; lon 0.5, 1.5), {@code days} daily
   * steps from 2000-01-01, {@code layers} layers (labelled 1..n) at {@code celsius} each and production {@code npp};
   * {@code edit} may change any temperature line before it is written (return it unchanged to keep
   * it).
   */
  static Path[] forcings(Path dir, int days, int layers, double celsius, double npp,
      LineEdit edit) throws IOException {
    StringBuilder t = new StringBuilder("time,lat,lon,layer,value\n");
    StringBuilder pp = new StringBuilder("time,lat,lon,value\n");
    for (int d = 0; d < days; d++) {
      String date = java.time.LocalDate.of(2000, 1, 1).plusDays(d).toString();
      for (double lon : new double[] {0.5, 1.5}) {
        for (int l = 0; l < layers; l++) {
          t.append(edit.edit(d, lon, l, date + ",0.5," + lon + "," + (l + 1) + "," + celsius)).append('\n');
        }
        pp.append(date).append(",0.5,").append(lon).append(',').append(npp).append('\n');
      }
    }
    Path tf = Files.writeString(dir.resolve("t.csv"), t);
    Path pf = Files.writeString(dir.resolve("pp.csv"), pp);
    return new Path[] {tf, pf};
  }

  /** Changes one temperature line of {@link #forcings}. */
  interface LineEdit {
    String edit(int day, double lon, int layer, String line);
  }

  /** One group in a groups file. */
  static Path groups(Path dir, String row) throws IOException {
    return Files.writeString(dir.resolve("groups.csv"), GROUPS_HEADER + row + "\n");
  }
}
