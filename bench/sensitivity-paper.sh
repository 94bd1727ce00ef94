#!/usr/bin/env bash
# The paper-sized Sobol analysis of docs/PERFORMANCE.md ("Sensitivity analysis at the paper's
# scale"): 6 stations x 3 years of daily synthetic forcings, 7 free parameters, a Saltelli design of
# N = 2^17 base rows (9 x 131,072 = 1,179,648 simulations, the power-of-two design nearest to the
# SeapoPym paper's 1,190,700), outputs log10-mean-biomass, cv and max-day, 1,000 bootstrap
# resamples, 2 threads.
#
#   bench/sensitivity-paper.sh [DIR]          # default DIR: /tmp/seapopym-sensitivity-paper
#   SAMPLES=4096 bench/sensitivity-paper.sh   # a smaller design, to try the script
#
# Writes DIR/inputs (forcings, space), DIR/out (indices.csv, samples.csv, design/) and prints the
# command's JSON line, then /usr/bin/time's wall time and peak resident set.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
DIR="${1:-/tmp/seapopym-sensitivity-paper}"
SAMPLES="${SAMPLES:-131072}"
rm -rf "$DIR"
mkdir -p "$DIR/inputs"
"$ROOT/bin/seapopym" --version >/dev/null     # builds the jar when needed
JAR="$(ls -t "$ROOT"/lib/target/seapopym4j-*-notebook.jar | head -n 1)"

# Forcings: SUBTROPICAL formula (seed 42), 1998-01-01 + 1,096 days, a 2 x 3 grid = 6 stations.
cat >"$DIR/inputs/MakeForcings.java" <<'JAVA'
import io.github.seapopym4j.forcing.ForcingCsv;
import io.github.seapopym4j.forcing.ForcingSet;
import io.github.seapopym4j.forcing.SyntheticForcings;
import java.nio.file.Path;
import java.time.LocalDate;

public class MakeForcings {
  public static void main(String[] args) {
    try (ForcingSet f = SyntheticForcings.builder(SyntheticForcings.Formula.SUBTROPICAL).seed(42)
        .daily(LocalDate.of(1998, 1, 1), 1096).latitude(20.5, 22.5)
        .longitude(150.5, 152.5, 154.5).build()) {
      ForcingCsv.write(f, Path.of(args[0], "t.csv"), Path.of(args[0], "pp.csv"));
    }
  }
}
JAVA
java -cp "$JAR" "$DIR/inputs/MakeForcings.java" "$DIR/inputs"

# 7 free parameters: the 5 continuous ones of an epipelagic group, E and lambda0 of a migrant one
# (a group has 5 continuous parameters; layers are integer labels and stay fixed).
cat >"$DIR/inputs/space.csv" <<'CSV'
group,parameter,value,min,max
D1N1,energy_transfert,,0.05,0.3
D1N1,day_layer,1,,
D1N1,night_layer,1,,
D1N1,lambda_temperature_0,,0.002,0.01
D1N1,gamma_lambda_temperature,,0.1,0.18
D1N1,tr_0,,5,15
D1N1,gamma_tr,,-0.15,-0.05
D2N1,energy_transfert,,0.05,0.3
D2N1,day_layer,2,,
D2N1,night_layer,1,,
D2N1,lambda_temperature_0,,0.002,0.01
D2N1,gamma_lambda_temperature,0.15,,
D2N1,tr_0,10.38,,
D2N1,gamma_tr,-0.11,,
CSV

/usr/bin/time -f "wall %e s, peak RSS %M KiB, user %U s, system %S s" \
  "$ROOT/bin/seapopym" sensitivity sobol --temperature "$DIR/inputs/t.csv" \
  --primary-production "$DIR/inputs/pp.csv" --space "$DIR/inputs/space.csv" \
  --samples "$SAMPLES" --output log10-mean-biomass,cv,max-day --threads 2 --out "$DIR/out"
