package io.github.seapopym4j.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;

/**
 * A subcommand that a module outside the library adds to {@code seapopym}: the extension seam of the
 * command line. Providers are found through {@link ServiceLoader} (a file
 * {@code META-INF/services/io.github.seapopym4j.cli.SubcommandProvider} naming the class), so the
 * library knows none of them; the examples module registers {@code sweep bollinger} this way, and
 * {@code bin/seapopym} puts that module on the class path.
 *
 * <p>The subcommand follows the conventions of {@link SeapopymCli} (it may report a caught error
 * through {@link SeapopymCli#fail}).
 */
public interface SubcommandProvider {

  /**
   * The command the subcommand goes under, by its names below {@code seapopym} separated by spaces
   * ({@code "sweep"}); {@code ""} for the top level.
   */
  String parent();

  /** A new instance of the subcommand: an object of a picocli {@code @Command} class. */
  Object command();

  /**
   * Adds the subcommand of every provider on the class path to {@code root} (the {@code seapopym}
   * command line) and returns {@code root}.
   *
   * @throws IllegalStateException when a provider names a parent command that does not exist
   */
  static CommandLine addAll(CommandLine root) {
    for (SubcommandProvider p : ServiceLoader.load(SubcommandProvider.class)) {
      CommandLine parent = root;
      for (String name : p.parent().trim().split("\\s+")) {
        if (name.isEmpty()) {
          continue;
        }
        CommandLine next = parent.getSubcommands().get(name);
        if (next == null) {
          throw new IllegalStateException(p.getClass().getName() + " adds a subcommand under '"
              + p.parent() + "', but '" + parent.getCommandName() + "' has no subcommand '" + name
              + "'");
        }
        parent = next;
      }
      parent.addSubcommand(p.command());
    }
    return root;
  }
}
