"""The reference side of `bin/seapopym bench optimizers`: pycma on the same setup.

Usage: python3 bench/pycma_bench.py FUNCTION none|ipop|bipop [DIM [SEEDS]]
(needs numpy and pycma, e.g. `pip install cma==4.4.0`; docs/CALIBRATION.md lists the figures).

For seed s = 1..SEEDS: x0 uniform in [-4, 4]^DIM (numpy's default_rng(s); restarts draw a new x0),
sigma0 = 2, pycma's default options otherwise, unbounded, stop at f <= 1e-8; budget 1e5 evaluations
without restarts, 1e6 with (9 restarts, population doubling, as cma.fmin2(restarts=9)). Evaluations
are counted up to the first that reaches the target (as COCO counts them). Prints one JSON line with
the keys of the seapopym command.
"""
import json
import sys

import numpy as np
import cma

TARGET = 1e-8


def functions(dim):
    coef = 10 ** (6 * np.arange(dim) / (dim - 1))
    return {
        "sphere": lambda x: float(np.sum(x ** 2)),
        "ellipsoid": lambda x: float(np.sum(coef * x ** 2)),
        "rosenbrock": lambda x: float(np.sum(100 * (x[1:] - x[:-1] ** 2) ** 2 + (1 - x[:-1]) ** 2)),
        "rastrigin": lambda x: float(10 * len(x) + np.sum(x ** 2 - 10 * np.cos(2 * np.pi * x))),
    }


def run(f, dim, strategy, seed):
    rng = np.random.default_rng(seed)
    count = {"n": 0, "hit": None}

    def counted(x):
        count["n"] += 1
        v = f(np.asarray(x))
        if v <= TARGET and count["hit"] is None:
            count["hit"] = count["n"]
        return v

    budget = 1e5 if strategy == "none" else 1e6
    opts = {"ftarget": TARGET, "seed": seed, "verbose": -9, "maxfevals": budget}
    x0 = lambda: rng.uniform(-4, 4, dim)
    if strategy == "none":
        cma.fmin2(counted, x0(), 2, opts, restarts=0)
    else:
        cma.fmin2(counted, x0, 2, opts, restarts={"maxrestarts": 9, "maxfevals": budget},
                  incpopsize=2, bipop=strategy == "bipop")
    return count["hit"], count["n"]


def main():
    name, strategy = sys.argv[1], sys.argv[2]
    dim = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    seeds = int(sys.argv[4]) if len(sys.argv) > 4 else 51
    f = functions(dim)[name]
    evals, successes = [], 0
    for s in range(1, seeds + 1):
        hit, n = run(f, dim, strategy, s)
        successes += hit is not None
        evals.append(hit if hit is not None else n)
    print(json.dumps({"function": name, "dim": dim, "restart_strategy": strategy, "runs": seeds,
                      "successes": successes,
                      "ert": sum(evals) / successes if successes else None,
                      "median_evaluations": float(np.percentile(evals, 50)),
                      "p10_evaluations": float(np.percentile(evals, 10)),
                      "p90_evaluations": float(np.percentile(evals, 90)),
                      "reference": "pycma " + cma.__version__}, separators=(",", ":")))


if __name__ == "__main__":
    main()
