"""How long the frozen program takes from launch to its window, on an empty database.

    python installers/build.py --no-packages   # the bundle in dist/crm-desktop/, once
    python bench/frozen_start.py [--runs 7] [--bundle dist/crm-desktop]

Makes an empty database with the bundle's own ``crm init`` (so the first-start dialog
does not come up), then launches ``crm-desktop --db FILE --quit-when-shown`` several
times, Qt offscreen where there is no screen, each in fresh temporary settings, data and
cache folders. A run is timed from launch until the process has exited, which it does as
soon as the window is shown and drawn: an upper bound of "start to window" that includes
the program's shutdown. The first run is reported apart: it also reads the bundle from
disk when the system's file cache does not hold it yet.

Prints JSON: every run, the median and minimum of the warm ones, and the target
(median < 2 s).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 2.0


def default_bundle() -> Path:
    if sys.platform == "darwin":
        return ROOT / "dist" / "CRM Desktop.app"
    return ROOT / "dist" / "crm-desktop"


def program(bundle: Path, name: str) -> Path:
    folder = bundle / "Contents" / "MacOS" if bundle.suffix == ".app" else bundle
    return folder / (name + ".exe" if sys.platform == "win32" else name)


def isolated_environment(folder: Path) -> dict[str, str]:
    """Settings, data, logs and caches of the program in ``folder``, not the user's."""
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(folder / name.lower())
    env.pop("CRM_DB", None)
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def time_start(bundle: Path, database: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [str(program(bundle, "crm-desktop")), "--db", str(database), "--quit-when-shown"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"crm-desktop exited with {result.returncode}:\n{result.stdout}{result.stderr}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=default_bundle(), help="the built bundle")
    parser.add_argument("--runs", type=int, default=7, help="launches after the first (default 7)")
    arguments = parser.parse_args(argv)
    bundle: Path = arguments.bundle
    if not program(bundle, "crm-desktop").exists():
        sys.exit(f"No frozen program in {bundle}: build it with `python installers/build.py --no-packages`.")
    with tempfile.TemporaryDirectory(prefix="crm-frozen-start-") as temporary:
        folder = Path(temporary)
        database = folder / "empty.sqlite3"
        env = isolated_environment(folder)
        init = [str(program(bundle, "crm")), "--db", str(database), "init"]
        subprocess.run(init, check=True, env=env, capture_output=True)
        first = time_start(bundle, database, env)
        runs = [time_start(bundle, database, env) for _ in range(max(arguments.runs, 1))]
    median = statistics.median(runs)
    figures = {
        "bundle": str(bundle),
        "first_run_s": round(first, 3),
        "runs_s": [round(run, 3) for run in runs],
        "median_s": round(median, 3),
        "min_s": round(min(runs), 3),
        "target_s": TARGET_S,
        "meets_target": median < TARGET_S,
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
