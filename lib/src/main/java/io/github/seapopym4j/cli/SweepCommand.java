package io.github.seapopym4j.cli;

import picocli.CommandLine.Command;

/**
 * {@code seapopym sweep}: parameter sweeps. Subcommands: {@code bollinger} ({@link
 * SweepBollingerCommand}) and {@code model}, the seapopym fitness landscape ({@link
 * SweepModelCommand}).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Evaluate every combination of a parameter grid through a fast kernel.",
    subcommands = {SweepBollingerCommand.class, SweepModelCommand.class})
public final class SweepCommand {
}
