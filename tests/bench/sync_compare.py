#!/usr/bin/python3
"""Initial sync of the console against kubectl and the Python client, side by side, on one simulator.

For each N (pods), starts one `lclab-sim --scale N` and, alternating the tools over several repetitions,
measures wall time and peak resident memory of:
  console  `lclab-console --report=json --kubeconfig K` (headless: connect, list+watch every kind, report)
  kubectl  `kubectl get pods -A -o json > /dev/null` (fresh HOME each run: no discovery cache)
  python   Debian python3-kubernetes `CoreV1Api().list_pod_for_all_namespaces()`
and prints a table of medians with the ratios against the console.

  tests/bench/sync_compare.py [--bin build/release/bin] [--sizes 1000,10000,30000] [--reps 5]
"""
import argparse
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

PYTHON_LIST = r"""
import sys
from kubernetes import client, config
config.load_kube_config(config_file=sys.argv[1])
pods = client.CoreV1Api().list_pod_for_all_namespaces(_request_timeout=300)
print(len(pods.items))
"""


def run_measured(cmd, env=None, stdout=subprocess.DEVNULL):
    """Wall seconds and peak RSS (MiB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # the console's report exits 1 when the cluster is degraded
        raise RuntimeError(f"{cmd[0]} exited {code}: {err[-2000:]}")
    return wall, usage.ru_maxrss / 1024.0


def start_sim(sim, pods):
    state = tempfile.mkdtemp(prefix="lclab-bench-sim-")
    proc = subprocess.Popen([sim, "--port", "0", "--state-dir", state, "--scale", str(pods)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    match = re.search(r"kubeconfig=(\S+)", line)
    if not match:
        proc.kill()
        raise RuntimeError(f"lclab-sim did not start: {line!r}")
    return proc, match.group(1)


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.path.join(root, "build/release/bin"))
    parser.add_argument("--sizes", default="1000,10000,30000")
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()

    console = os.path.join(args.bin, "lclab-console")
    sim = os.path.join(args.bin, "lclab-sim")
    script = tempfile.NamedTemporaryFile("w", suffix=".py", delete=False)
    script.write(PYTHON_LIST)
    script.close()

    print(f"machine: {os.cpu_count()} cores, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB; reps per tool: {args.reps}")
    print("| pods | tool | wall median | peak RSS median | wall vs console | RSS vs console |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    medians = {}  # tool -> [(pods, wall seconds)]
    for pods in [int(n) for n in args.sizes.split(",")]:
        proc, kubeconfig = start_sim(sim, pods)
        try:
            tools = {
                "console": lambda: run_measured([console, "--report=json", "--kubeconfig", kubeconfig]),
                "kubectl": lambda: run_measured(["/usr/bin/kubectl", "get", "pods", "-A", "-o", "json"],
                                                env=dict(os.environ, KUBECONFIG=kubeconfig,
                                                         HOME=tempfile.mkdtemp(prefix="lclab-bench-home-"))),
                "python": lambda: run_measured(["/usr/bin/python3", script.name, kubeconfig]),
            }
            results = {name: [] for name in tools}
            for _ in range(args.reps):
                for name, measure in tools.items():  # alternate the tools within each repetition
                    results[name].append(measure())
            base_wall = statistics.median(w for w, _ in results["console"])
            base_rss = statistics.median(r for _, r in results["console"])
            for name, values in results.items():
                wall = statistics.median(w for w, _ in values)
                rss = statistics.median(r for _, r in values)
                medians.setdefault(name, []).append((pods, wall))
                print(f"| {pods} | {name} | {wall * 1000:.0f} ms | {rss:.0f} MiB | {wall / base_wall:.2f}× "
                      f"| {rss / base_rss:.2f}× |")
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=60)  # a 30,000-pod simulator takes a while to free its store
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    os.unlink(script.name)
    print_growth(medians)
    return 0


def print_growth(medians):
    """The exponent k of wall ~ pods^k between the smallest and the largest size (1.0 = linear)."""
    for name, points in medians.items():
        if len(points) < 2:
            continue
        (n0, t0), (n1, t1) = points[0], points[-1]
        exponent = math.log(t1 / t0) / math.log(n1 / n0)
        print(f"growth {name}: wall ~ pods^{exponent:.2f} from {n0} to {n1} pods")


if __name__ == "__main__":
    sys.exit(main())
