"""Start-up time to the first window, peak memory, and the installed size.

A script, not a test (pytest ignores tests/benchmarks): it prints figures.

    /work/venv/bin/python tests/benchmarks/startup.py            # 7 runs per case
    /work/venv/bin/python tests/benchmarks/startup.py --runs 3 --no-size --drop-caches
    /work/venv/bin/python tests/benchmarks/startup.py --app build/packaging/dist/StudyApp/StudyApp

Each run starts a new ``python -m studyapp --data-dir DIR`` with
STUDYAPP_QUIT_AFTER_STARTUP=1 and the offscreen Qt platform, and times from
spawn until the GUI prints ``studyapp-startup-complete`` (it does so once its
first window is shown, then quits). Cases: an empty data folder (first run:
database created, welcome screen) and a folder with a profile (main window).
By default the OS file cache is warm after the first run (a pilot opening
the app again); ``--drop-caches`` (Linux, root) empties it before every start
for truly cold starts, as after a reboot. The first-run case migrates a new
database every time.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READY_LINE = "studyapp-startup-complete"
HOOK_ENV = "STUDYAPP_QUIT_AFTER_STARTUP"


class HookMissing(Exception):
    """The GUI never printed the ready line."""


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_rss_mib: float | None


def app_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"STUDYAPP_DATA_DIR", "PYTHONPATH"}}
    env.update({HOOK_ENV: "1", "QT_QPA_PLATFORM": "offscreen"})
    return env


def wait_with_rusage(process: subprocess.Popen[str], timeout: float) -> float | None:
    """Reap the process and return its own peak resident memory in MiB, if the OS says."""
    if not hasattr(os, "wait4"):
        process.wait(timeout)
        return None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            # ru_maxrss is KiB on Linux, bytes on macOS.
            scale = 1024 * 1024 if sys.platform == "darwin" else 1024
            return usage.ru_maxrss / scale
        time.sleep(0.01)
    raise subprocess.TimeoutExpired(process.args, timeout)


DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def drop_file_caches() -> None:
    """Empty Linux's page cache (root only), so the next start reads everything from disk."""
    os.sync()
    DROP_CACHES.write_text("3\n")


def time_to_ready(command: list[str], timeout: float, cold: bool = False) -> Run:
    if cold:
        drop_file_caches()
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=app_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tempfile.gettempdir(),
    )
    ready_at: list[float] = []
    seen = threading.Event()

    def watch_stdout() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == READY_LINE and not seen.is_set():
                ready_at.append(time.perf_counter())
                seen.set()

    reader = threading.Thread(target=watch_stdout, daemon=True)
    reader.start()
    try:
        if not seen.wait(timeout):
            raise HookMissing(explain_missing_hook(process))
        peak = wait_with_rusage(process, timeout)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return Run(ready_at[0] - started, peak)


def explain_missing_hook(process: subprocess.Popen[str]) -> str:
    status = process.poll()
    if status is None:
        process.kill()
    _, stderr = process.communicate(timeout=10)
    ended = "still running" if status is None else f"exited with status {status}"
    return (
        f"the app never printed {READY_LINE!r} ({ended}). The GUI needs the start-up hook: "
        f"with {HOOK_ENV}=1 it prints that line once its first window is shown, then quits "
        f"(see studyapp/ui/app.py).\nLast stderr lines:\n" + "\n".join(stderr.splitlines()[-10:])
    )


def app_command(app: list[str], data_dir: Path, *args: str) -> list[str]:
    return [*app, "--data-dir", str(data_dir), *args]


def measure(
    name: str, runs: int, make_command: Callable[[int], list[str]], timeout: float, cold: bool
) -> None:
    results = [time_to_ready(make_command(i), timeout, cold) for i in range(runs)]
    seconds = [r.seconds for r in results]
    peaks = [r.peak_rss_mib for r in results if r.peak_rss_mib is not None]
    line = (
        f"{name:<28} median {statistics.median(seconds):6.3f} s   "
        f"min {min(seconds):6.3f} s   max {max(seconds):6.3f} s   ({runs} runs)"
    )
    if peaks:
        line += f"   peak RSS median {statistics.median(peaks):5.0f} MiB, max {max(peaks):5.0f} MiB"
    print(line, flush=True)


def time_cli_check(app: list[str], work: Path, runs: int, cold: bool) -> None:
    seconds = []
    for i in range(runs):
        if cold:
            drop_file_caches()
        started = time.perf_counter()
        subprocess.run(
            app_command(app, work / f"check-{i}", "check"),
            env=app_environment(),
            check=True,
            capture_output=True,
        )
        seconds.append(time.perf_counter() - started)
    print(
        f"{'`check` on an empty folder':<28} median {statistics.median(seconds):6.3f} s   "
        f"min {min(seconds):6.3f} s   max {max(seconds):6.3f} s   ({runs} runs)",
        flush=True,
    )


def add_profile(app: list[str], data_dir: Path) -> None:
    names = ["--first-name", "Bench", "--last-name", "Pilot"]
    command = app_command(app, data_dir, "profiles", "add", "bench@example.com", *names)
    subprocess.run(command, env=app_environment(), check=True, capture_output=True)


def benchmark_startup(app: list[str], runs: int, timeout: float, cold: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="studyapp-bench-") as tmp:
        work = Path(tmp)
        time_cli_check(app, work, runs, cold)
        with_profile = work / "with-profile"
        add_profile(app, with_profile)
        try:
            measure(
                "first run (welcome screen)",
                runs,
                lambda i: app_command(app, work / f"first-{i}"),
                timeout,
                cold,
            )
            measure(
                "with a profile (main window)",
                runs,
                lambda _: app_command(app, with_profile),
                timeout,
                cold,
            )
        except HookMissing as missing:
            print(f"Start-up to the first window not measured: {missing}", file=sys.stderr)


def folder_size(path: Path) -> int:
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:7.1f} MiB"


def benchmark_installed_size() -> None:
    """Size of a fresh virtual environment after `pip install .` (what a user gets)."""
    with tempfile.TemporaryDirectory(prefix="studyapp-size-") as tmp:
        source, venv = Path(tmp) / "source", Path(tmp) / "venv"
        # A copy, so pip's in-tree build leaves nothing in the checkout.
        ignore = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info")
        shutil.copytree(ROOT, source, ignore=ignore)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
        pip = [str(python), "-m", "pip", "install", "-q", str(source)]
        subprocess.run(pip, check=True)
        (site,) = [*venv.glob("lib/python*/site-packages"), *venv.glob("Lib/site-packages")]
        entries = sorted(((folder_size(p), p.name) for p in site.iterdir()), reverse=True)
        print(
            f"Installed size (`pip install .`): site-packages {mib(folder_size(site))}, "
            f"whole venv {mib(folder_size(venv))}"
        )
        for size, name in entries[:5]:
            print(f"    {mib(size)}  {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--python", default=sys.executable, help="interpreter with studyapp")
    parser.add_argument("--app", help="command to start instead, e.g. the frozen bundle's binary")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per start")
    parser.add_argument(
        "--drop-caches",
        action="store_true",
        help="empty the OS file cache before every start (Linux, root): truly cold starts",
    )
    parser.add_argument("--no-size", action="store_true", help="skip the installed-size step")
    args = parser.parse_args()
    app = shlex.split(args.app) if args.app else [args.python, "-m", "studyapp"]
    if Path(app[0]).exists():  # the runs start in a temporary folder
        app[0] = str(Path(app[0]).absolute())  # not resolve(): a venv's python is a symlink
    print(f"StudyApp start-up: {shlex.join(app)}", flush=True)
    if args.drop_caches and not os.access(DROP_CACHES, os.W_OK):
        parser.error(f"--drop-caches needs write access to {DROP_CACHES} (Linux, root)")
    print("OS file cache: " + ("emptied before every start" if args.drop_caches else "warm"))
    benchmark_startup(app, args.runs, args.timeout, args.drop_caches)
    if not args.no_size:
        benchmark_installed_size()
    return 0


if __name__ == "__main__":
    sys.exit(main())
