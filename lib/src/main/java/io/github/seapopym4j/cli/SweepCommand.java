package io.github.seapopym4j.cli;

import picocli.CommandLine.Command;

/**
 * {@code seapopym sweep}: parameter sweeps. Subcommands: {@code bollinger} ({@link
 * SweepBollingerCommand}); {@code model} (the seapopym fitness landscape) is to come.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Evaluate every combination of a parameter grid through a fast kernel.",
    subcommands = {SweepBollingerCommand.class})
public final class SweepCommand {
}
