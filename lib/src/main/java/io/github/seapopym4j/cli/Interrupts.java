package io.github.seapopym4j.cli;

import io.github.seapopym4j.internal.AtomicFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What happens on Ctrl-C or SIGTERM ({@code bin/seapopym} only: {@link SeapopymCli#main} installs
 * the shutdown hook). A command that writes a directory registers itself with {@link #watch} while
 * it works; when the JVM is asked to stop meanwhile, the hook prints one line on standard error,
 * {@code seapopym: interrupted at generation 7; resume with: bin/seapopym calibrate … --resume}
 * (or, for a command that cannot resume, {@code …; nothing was written; run again with: …}),
 * deletes the temporaries in the directory and releases its {@link OutputLock}. Temporaries that a
 * still-running thread creates after that are removed by the next command on the directory.
 */
public final class Interrupts {

  /** A command at work: its lock, where it stands, whether it resumes, and more temporary dirs. */
  private record Watch(OutputLock lock, Supplier<String> where, boolean resumable,
      List<Path> temporaryDirs) {}

  private static final AtomicReference<Watch> ACTIVE = new AtomicReference<>();
  private static volatile List<String> commandLine = List.of("seapopym");

  private Interrupts() {}

  /** Ends a {@link #watch}. */
  public interface Handle extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Installs the hook once for this JVM; {@code launcher} is how the user called the program
   * ({@code bin/seapopym} passes its {@code $0} as the system property {@code seapopym.command}).
   */
  static void install(String launcher, String[] args) {
    commandLine = Stream.concat(Stream.of(launcher), Arrays.stream(args)).toList();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> interrupted(System.err),
        "seapopym-interrupt"));
  }

  /**
   * Marks a command at work on {@code lock}'s directory until the returned handle is closed.
   *
   * @param where "at generation 7", "after 544 of 2,400 combinations": where it stands now
   * @param resumable whether {@code --resume} continues it
   * @param temporaryDirs more directories whose temporaries to delete (the lock's is one already)
   */
  public static Handle watch(OutputLock lock, Supplier<String> where, boolean resumable,
      Path... temporaryDirs) {
    Watch w = new Watch(lock, where, resumable, List.of(temporaryDirs));
    ACTIVE.set(w);
    return () -> ACTIVE.compareAndSet(w, null);
  }

  /** The hook's work: the message, the temporaries, the lock. */
  static void interrupted(PrintStream err) {
    Watch w = ACTIVE.getAndSet(null);
    if (w == null) {
      return; // a normal exit, or nothing at work
    }
    System.out.flush();
    err.println();
    err.println(message(w.where().get(), w.resumable(), commandLine));
    err.flush();
    AtomicFiles.holdWritesForShutdown(java.time.Duration.ofSeconds(5)); // none starts after this
    AtomicFiles.deleteTemporaries(w.lock().directory());
    w.temporaryDirs().forEach(AtomicFiles::deleteTemporaries);
    w.lock().close();
  }

  /** {@code seapopym: interrupted <where>; resume with: <command> --resume}. */
  static String message(String where, boolean resumable, List<String> command) {
    List<String> again = new ArrayList<>(command);
    if (resumable && !again.contains("--resume")) {
      again.add("--resume");
    }
    return "seapopym: interrupted " + where + (resumable ? "; resume with: "
        : "; nothing was written; run again with: ")
        + again.stream().map(Interrupts::quote).collect(Collectors.joining(" "));
  }

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

  /** {@code arg} quoted for a POSIX shell where it needs quoting. */
  static String quote(String arg) {
    return PLAIN.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }
}
