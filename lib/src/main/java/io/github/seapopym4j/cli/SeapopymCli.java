package io.github.seapopym4j.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code seapopym} command line ({@code bin/seapopym}): a picocli command whose subcommands do
 * the work.
 *
 * <p>Conventions for subcommands (one picocli class each, registered in {@code subcommands} below):
 * implement {@code Callable<Integer>}; print results to {@code spec.commandLine().getOut()} and
 * progress to standard error through {@link ProgressBar}; report bad input by throwing
 * {@link IllegalArgumentException} (or another standard exception) whose message names the item,
 * the expected and the actual value. The error handlers here turn it into one line {@code seapopym:
 * error: <message>} on standard error and a non-zero exit status; {@code --verbose} adds the stack
 * trace. A command that must clean up before failing catches the exception and reports it through
 * {@link #fail}, which prints the same line; notes go through {@link #note}. Only {@link #main} calls
 * {@link System#exit}.
 *
 * <p>Exit status: 0 success, 1 error while running, 2 usage error (bad or missing option).
 *
 * <p>Modules outside the library add subcommands through {@link SubcommandProvider}.
 */
@Command(name = "seapopym", mixinStandardHelpOptions = true,
    versionProvider = SeapopymCli.Version.class,
    description = "SEAPOPYM low and mid trophic level model: forcings, runs, calibration.",
    subcommands = {ForcingsCommand.class, RunCommand.class, ScoreCommand.class, CalibrateCommand.class,
        SweepCommand.class, SensitivityCommand.class, ProfileCommand.class, BenchCommand.class})
public final class SeapopymCli implements Callable<Integer> {

  /** The start of every error line. */
  static final String ERROR = "seapopym: error: ";

  @Spec
  private CommandSpec spec;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  private boolean verbose;

  /** Whether the command running on this thread was given --verbose (for {@link #fail}). */
  private static final ThreadLocal<Boolean> VERBOSE = ThreadLocal.withInitial(() -> false);

  /** Without a subcommand: print the usage on standard error (a usage error). */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }

  /** Entry point of {@code bin/seapopym}; the only place of the project that exits the JVM. */
  public static void main(String[] args) {
    Interrupts.install(System.getProperty("seapopym.command", "seapopym"), args);
    System.exit(execute(args));
  }

  /** Runs one command line and returns its exit status, printing to the standard streams. */
  public static int execute(String... args) {
    return execute(new FileOutputStream(FileDescriptor.out), System.err, args);
  }

  /**
   * Runs one command line, printing results to {@code out} and errors to {@code err}, and returns
   * its exit status: 1 with one line {@code seapopym: error: cannot write standard output: <reason>}
   * when writing {@code out} failed (a full disk, a closed pipe), which a {@link PrintWriter} alone
   * would swallow.
   */
  static int execute(OutputStream out, OutputStream err, String... args) {
    CheckedOutput checked = new CheckedOutput(out);
    PrintWriter stdout = new PrintWriter(new OutputStreamWriter(checked, Charset.defaultCharset()),
        true);
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, Charset.defaultCharset()), true);
    int status = commandLine(stdout, stderr).execute(args);
    stdout.flush();
    if (checked.error() != null) {
      String reason = checked.error().getMessage();
      stderr.println(ERROR + "cannot write standard output: " + (reason == null
          ? checked.error().getClass().getSimpleName() : reason));
      stderr.flush();
      return status == 0 ? ExitCode.SOFTWARE : status;
    }
    return status;
  }

  /**
   * The configured command line, printing results to {@code out} and errors to {@code err} (tests
   * pass string writers).
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return configure(SubcommandProvider.addAll(new CommandLine(new SeapopymCli())), out, err);
  }

  /** Sets the streams and error handlers on {@code cl} and every subcommand it has now. */
  static CommandLine configure(CommandLine cl, PrintWriter out, PrintWriter err) {
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(SeapopymCli::onError);
    cl.setExecutionStrategy(parsed -> {
      VERBOSE.set(isVerbose(parsed));
      try {
        return new CommandLine.RunLast().execute(parsed);
      } finally {
        VERBOSE.remove();
      }
    });
    cl.setParameterExceptionHandler(SeapopymCli::onUsageError);
    return cl;
  }

  /**
   * Reports a command's failure the way the handlers here do, for commands that catch their own
   * errors (to clean up first): one line {@code seapopym: error: <message>} on {@code err}.
   *
   * @return the exit status of an error while running, 1
   */
  public static int fail(PrintWriter err, Throwable e) {
    return fail(err, e, VERBOSE.get());
  }

  private static int fail(PrintWriter err, Throwable e, boolean verbose) {
    err.println(ERROR + oneLine(e));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.SOFTWARE;
  }

  /** Prints {@code seapopym: note: <message>} on {@code err}: something worth knowing, not wrong. */
  static void note(PrintWriter err, String message) {
    err.println("seapopym: note: " + message.strip().replaceAll("\\s*\\R\\s*", "; "));
    err.flush();
  }

  /**
   * Prints {@code seapopym: warning: <message>} on {@code err}: the result may not be what the user
   * expects, and the message says why and what changes it.
   */
  static void warn(PrintWriter err, String message) {
    err.println("seapopym: warning: " + printable(message.strip().replaceAll("\\s*\\R\\s*", "; ")));
    err.flush();
  }

  private static int onError(Exception e, CommandLine cl, ParseResult parsed) {
    return fail(cl.getErr(), e, isVerbose(parsed));
  }

  private static int onUsageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    String help = cl.getCommandSpec().qualifiedName(" ") + " --help";
    // An unknown option first: picocli would report a required option it hides as missing.
    String message = UnknownOptions.describe(cl, args).orElseGet(() -> oneLine(e));
    cl.getErr().println(ERROR + message + " (see '" + help + "')");
    cl.getErr().flush();
    return ExitCode.USAGE;
  }

  /**
   * The message of {@code e} on one line. Standard exceptions about bad input speak for themselves;
   * anything else (a bug) keeps its class name.
   */
  static String oneLine(Throwable e) {
    String message = e.getMessage();
    boolean selfExplaining = e instanceof IllegalArgumentException
        || e instanceof IllegalStateException || e instanceof UncheckedIOException
        || e instanceof ParameterException;
    String text;
    if (message == null || message.isBlank()) {
      text = e.getClass().getName();
    } else {
      text = selfExplaining ? message : e.getClass().getSimpleName() + ": " + message;
    }
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof IOException io) {
      String why = reason(io, text);
      if (!text.contains(why)) {
        text = text + ": " + why;
      }
    }
    return printable(text.strip().replaceAll("\\s*\\R\\s*", "; "));
  }

  /**
   * Why an I/O operation failed, in words: "permission denied (FILE)", "no such file or directory
   * (FILE)", "no space left on device", ... (Java's file exceptions carry only the path); the file
   * is left out when {@code context} (the message so far) names it already.
   */
  static String reason(IOException e, String context) {
    String what = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof NoSuchFileException ? "no such file or directory"
        : e instanceof FileAlreadyExistsException ? "a file of that name already exists"
        : e instanceof NotDirectoryException ? "not a directory"
        : e instanceof DirectoryNotEmptyException ? "directory not empty"
        : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof FileSystemException f && f.getFile() != null && !what.contains(f.getFile())
        && !context.contains(f.getFile())) {
      return what + " (" + f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile())
          + ")";
    }
    return what;
  }

  /** {@code text} with control characters (raw bytes of a binary file) escaped as {@code \\u0001}. */
  static String printable(String text) {
    return text.chars().mapToObj(c -> Character.isISOControl(c) ? String.format("\\u%04x", c)
        : String.valueOf((char) c)).collect(Collectors.joining());
  }

  private static boolean isVerbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** The library version, from {@code version.properties} (filled in by the build). */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = SeapopymCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"seapopym4j " + p.getProperty("version", "(unknown version)")};
    }
  }
}
