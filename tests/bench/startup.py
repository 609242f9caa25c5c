#!/usr/bin/python3
"""Time from exec to the first painted main window of lclab-console.

Runs `lclab-console --bench-first-paint` (which prints "first-paint" from the window's first paint event and
quits) several times and reports the median, min and max of the time between the exec and that line.

  tests/bench/startup.py [--console build/release/bin/lclab-console] [--runs 15] [--platform offscreen|xcb]

With --platform xcb it runs under a private Xvfb (xvfb-run), otherwise on Qt's offscreen platform. "cold"
first drops the kernel's page cache before each run when that is permitted (root, not in a container);
otherwise cold runs are reported as not measurable.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def drop_caches():
    try:
        subprocess.run(["sync"], check=True)
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return True
    except OSError:
        return False


def one_run(console, env):
    start = time.perf_counter()
    proc = subprocess.Popen([console, "--bench-first-paint"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=env, text=True)
    for line in proc.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - start
            proc.wait(timeout=10)
            return elapsed * 1000.0
    proc.wait(timeout=10)
    raise RuntimeError(f"{console} exited {proc.returncode} without painting")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument("--console", default=os.path.join(root, "build/release/bin/lclab-console"))
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--platform", choices=["offscreen", "xcb"], default="offscreen")
    args = parser.parse_args()

    env = dict(os.environ)
    home = tempfile.mkdtemp(prefix="lclab-bench-home-")
    env.update({"HOME": home, "XDG_CONFIG_HOME": home + "/.config", "XDG_STATE_HOME": home + "/.state",
                "XDG_RUNTIME_DIR": tempfile.mkdtemp(prefix="lclab-bench-run-")})
    xvfb = None
    if args.platform == "xcb":
        display = ":97"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        env.update({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"

    try:
        one_run(args.console, env)  # the first run settles ccache-free disk reads and font caches
        warm = [one_run(args.console, env) for _ in range(args.runs)]
        cold = []
        if drop_caches():
            for _ in range(min(args.runs, 5)):
                drop_caches()
                cold.append(one_run(args.console, env))
    finally:
        if xvfb:
            xvfb.terminate()

    def row(name, values):
        if not values:
            return f"| {name} | not measurable here (cannot drop the page cache) | | | |"
        return (f"| {name} | {statistics.median(values):.0f} ms | {min(values):.0f} ms | {max(values):.0f} ms "
                f"| {len(values)} |")

    print(f"exec → first paint of lclab-console ({args.platform} platform)")
    print("| start | median | min | max | runs |")
    print("| --- | --- | --- | --- | --- |")
    print(row("warm", warm))
    print(row("cold", cold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
