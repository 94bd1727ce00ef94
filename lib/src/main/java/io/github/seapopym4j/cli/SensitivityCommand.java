package io.github.seapopym4j.cli;

import picocli.CommandLine.Command;

/**
 * {@code seapopym sensitivity}: global sensitivity analysis of the model or of a test function.
 * Subcommands: {@code sobol} ({@link SensitivitySobolCommand}) and {@code morris} ({@link
 * SensitivityMorrisCommand}); see docs/SENSITIVITY.md.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = "Global sensitivity analysis: Sobol indices or Morris screening of the model's "
        + "parameters (or of a test function).",
    subcommands = {SensitivitySobolCommand.class, SensitivityMorrisCommand.class})
public final class SensitivityCommand {
}
