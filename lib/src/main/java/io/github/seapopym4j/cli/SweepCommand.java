package io.github.seapopym4j.cli;

import picocli.CommandLine.Command;

/**
 * {@code seapopym sweep}: parameter sweeps. Subcommand: {@code model}, the seapopym fitness landscape
 * ({@link SweepModelCommand}); modules outside the library add others through {@link
 * SubcommandProvider} (the examples module's {@code bollinger}).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Evaluate every combination of a parameter grid through a fast kernel.",
    subcommands = {SweepModelCommand.class})
public final class SweepCommand {
}
