package io.github.seapopym4j.examples.bollinger;

/**
 * The scores of one Bollinger-band backtest (rules in {@link BollingerKernel}).
 *
 * @param pnl total profit of one unit traded, in price units (sum of per-bar returns)
 * @param sharpe mean / population standard deviation of the n−1 per-bar returns × √barsPerYear; 0
 *     when that deviation is 0
 * @param maxDrawdown largest fall of the equity curve from a previous peak, in price units, ≥ 0
 * @param winRate winning trades / trades (a win exits strictly above its entry); 0 without trades
 * @param trades round trips (entries)
 */
public record BollingerOutcome(double pnl, double sharpe, double maxDrawdown, double winRate,
    int trades) {
}
