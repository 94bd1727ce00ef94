package io.github.seapopym4j.examples.bollinger;

import io.github.seapopym4j.cli.SubcommandProvider;

/**
 * Registers {@code seapopym sweep bollinger} ({@link SweepBollingerCommand}) with the command line,
 * through {@code META-INF/services/io.github.seapopym4j.cli.SubcommandProvider}.
 */
public final class BollingerCommands implements SubcommandProvider {

  @Override
  public String parent() {
    return "sweep";
  }

  @Override
  public Object command() {
    return new SweepBollingerCommand();
  }
}
