#!/usr/bin/env python3
# Usage: python3 .ci/import-ratio.py BIN FILE SHEET [PAIRS]
#
# The import target of issue 18 (import of a judge's sheet <= 2x `rank` of
# the same file), measured as whole processes on a shared machine: `rank
# FILE` and `import COPY SHEET --yes --overwrite` run in turns (ABAB...), so
# that a machine whose speed drifts slows both alike; each import starts
# from a fresh copy of FILE with no side files. Prints the medians and the
# median of the per-pair ratios with its quartiles. Two warm-up pairs are
# not counted.
import os, shutil, statistics, subprocess, sys, tempfile, time

binary, src, sheet = (os.path.abspath(a) for a in sys.argv[1:4])
pairs = int(sys.argv[4]) if len(sys.argv) > 4 else 20
work = tempfile.mkdtemp(prefix="import-ratio-")
copy = os.path.join(work, "ci.yaml")


def timed(args):
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=work)
    return (time.perf_counter() - start) * 1000


ranks, imports, ratios = [], [], []
try:
    for i in range(pairs + 2):
        for f in os.listdir(work):
            os.remove(os.path.join(work, f))
        shutil.copy(src, copy)
        r = timed([binary, "rank", src])
        m = timed([binary, "import", copy, sheet, "--yes", "--overwrite"])
        if i >= 2:
            ranks.append(r)
            imports.append(m)
            ratios.append(m / r)
finally:
    shutil.rmtree(work)
q = statistics.quantiles(ratios, n=4)
print(f"rank median {statistics.median(ranks):.0f} ms, import median {statistics.median(imports):.0f} ms, "
      f"ratio of medians {statistics.median(imports) / statistics.median(ranks):.2f}, "
      f"per-pair ratio median {statistics.median(ratios):.2f} (quartiles {q[0]:.2f}-{q[2]:.2f}), "
      f"{pairs} pairs, load {os.getloadavg()[0]:.2f}")
