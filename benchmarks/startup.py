"""Start-up: `cramp-desktop --quit-when-shown` against a bare PySide6 window, side by side.

Prints the median wall time and peak memory (max RSS) of each over at least 9 alternating
pairs of runs, the ratios of those medians, and the median of each pair's own wall-time
ratio (steadier when the machine's speed drifts during the run). Both run from cached
bytecode, as installed programs do (the bundle ships it; pip writes it at install), even
where PYTHONDONTWRITEBYTECODE is set. Target: both ratios at most 1.5. Profile what loads
before the first paint with `python -X importtime -m cramp_desktop --quit-when-shown`.
Usage: python benchmarks/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = 1.5  # at most this many times the bare window's wall time and peak memory


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, peak resident memory in MiB and CPU seconds of one run of `command`
    (CPU time varies less than wall time on a busy machine)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed with status {status}")
    peak_kib = usage.ru_maxrss  # kilobytes on Linux
    return wall, peak_kib / 1024, usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if args.runs < 9:
        parser.error("--runs: at least 9 pairs, or the median means little on a busy machine")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the warm-up runs below write the bytecode
    bare = [sys.executable, str(HERE / "bare_window.py")]
    results: dict[str, list[tuple[float, float, float]]] = {"bare window": [], "cramp-desktop": []}
    with (
        tempfile.TemporaryDirectory(prefix="cramp-bench-") as data_dir,
        tempfile.TemporaryDirectory(prefix="cramp-bench-bytecode-") as bytecode,
    ):
        env["PYTHONPYCACHEPREFIX"] = bytecode
        app = [sys.executable, "-m", "cramp_desktop", "--quit-when-shown", "--data-dir", data_dir]
        measure(app, env)  # first run creates the data folder; not counted
        measure(bare, env)  # warm the file cache for both
        for _ in range(args.runs):
            results["bare window"].append(measure(bare, env))
            results["cramp-desktop"].append(measure(app, env))

    medians = {
        name: tuple(statistics.median(run[i] for run in runs) for i in range(3))
        for name, runs in results.items()
    }
    print(f"start-up to first paint, median of {args.runs} alternating runs (offscreen)")
    for name, (wall, memory, cpu) in medians.items():
        print(
            f"  {name:14s} wall {wall * 1000:7.1f} ms   peak memory {memory:6.1f} MiB"
            f"   cpu {cpu * 1000:7.1f} ms"
        )
    bare, app_ = medians["bare window"], medians["cramp-desktop"]
    wall_ratio, memory_ratio, cpu_ratio = (a / b for a, b in zip(app_, bare, strict=True))
    print(
        f"  ratio          wall {wall_ratio:7.2f} x    peak memory {memory_ratio:6.2f} x"
        f"       cpu {cpu_ratio:7.2f} x"
    )
    # Each pair ran back to back: its own ratio does not drift with the machine's speed.
    pairs = zip(results["cramp-desktop"], results["bare window"], strict=True)
    wall_pairs = sorted(app_run[0] / bare_run[0] for app_run, bare_run in pairs)
    print(
        f"  pair by pair   wall {statistics.median(wall_pairs):7.2f} x    (median; "
        f"pairs {wall_pairs[0]:.2f}–{wall_pairs[-1]:.2f})"
    )
    print(f"  target         wall {TARGET:7.2f} x    peak memory {TARGET:6.2f} x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
