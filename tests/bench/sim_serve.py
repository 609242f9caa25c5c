#!/usr/bin/python3
"""How the simulator serves at scale (issue 5): one `lclab-sim --scale N` (default 10,000 pods).

  full list   GET /api/v1/pods (no limit), whole body read; median of --reps runs      budget ≤ 300 ms
  watches     --watches concurrent pod watches held for --hold seconds while the controllers run; then one
              deployment is scaled and every watch must see its new pod(s)              budget: 100 held

  tests/bench/sim_serve.py [--sim build/release/bin/lclab-sim] [--pods 10000] [--reps 5] [--watches 100]

Reports figures; the exit code is 0 unless the simulator could not be driven at all.
"""
import argparse
import http.client
import json
import os
import re
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def connection(port, ca):
    context = ssl.create_default_context(cafile=ca)
    return http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=120)


def request(port, ca, token, method, path, body=None, content_type="application/json"):
    conn = connection(port, ca)
    headers = {"Authorization": f"Bearer {token}"}
    if body is not None:
        headers["Content-Type"] = content_type
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, data


class Watch(threading.Thread):
    """One pod watch from a resourceVersion; records the names of pods it saw ADDED after start."""

    def __init__(self, port, ca, token, rv, stop):
        super().__init__(daemon=True)
        self.port, self.ca, self.token, self.rv, self.stop = port, ca, token, rv, stop
        self.added = set()
        self.open = False
        self.error = None

    def run(self):
        try:
            conn = connection(self.port, self.ca)
            conn.request("GET", f"/api/v1/pods?watch=true&resourceVersion={self.rv}&timeoutSeconds=600",
                         headers={"Authorization": f"Bearer {self.token}"})
            response = conn.getresponse()
            if response.status != 200:
                self.error = f"HTTP {response.status}"
                return
            self.open = True
            while not self.stop.is_set():
                line = response.readline()
                if not line:
                    break
                event = json.loads(line)
                if event.get("type") == "ADDED":
                    self.added.add(event["object"]["metadata"]["name"])
        except Exception as exc:  # noqa: BLE001 - reported, not raised
            self.error = str(exc)
        finally:
            self.open = False


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sim", default=os.path.join(root, "build/release/bin/lclab-sim"))
    parser.add_argument("--pods", type=int, default=10000)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--watches", type=int, default=100)
    parser.add_argument("--hold", type=float, default=20.0)
    args = parser.parse_args()

    state = tempfile.mkdtemp(prefix="lclab-bench-serve-")
    started = time.perf_counter()
    sim = subprocess.Popen([args.sim, "--port", "0", "--state-dir", state, "--scale", str(args.pods)],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = sim.stdout.readline()
        match = re.search(r"server=https://127\.0\.0\.1:(\d+)", line)
        if not match:
            print(f"lclab-sim did not start: {line!r}", file=sys.stderr)
            return 1
        print(f"lclab-sim --scale {args.pods}: ready after {time.perf_counter() - started:.1f} s")
        port = int(match.group(1))
        ca = os.path.join(state, "ca.crt")
        with open(os.path.join(state, "admin.token"), encoding="utf-8") as f:
            token = f.read().strip()

        times = []
        size = 0
        for _ in range(args.reps):
            begin = time.perf_counter()
            status, body = request(port, ca, token, "GET", "/api/v1/pods")
            times.append(time.perf_counter() - begin)
            size = len(body)
            if status != 200:
                print(f"list failed: HTTP {status}", file=sys.stderr)
                return 1
        items = json.loads(body)
        rv = items["metadata"]["resourceVersion"]
        print(f"full pod list ({len(items['items'])} pods, {size / 1e6:.1f} MB): median {statistics.median(times) * 1000:.0f} ms, "
              f"min {min(times) * 1000:.0f} ms ({args.reps} runs; budget 300 ms)")

        stop = threading.Event()
        watches = [Watch(port, ca, token, rv, stop) for _ in range(args.watches)]
        for w in watches:
            w.start()
        time.sleep(args.hold)
        held = sum(1 for w in watches if w.open)
        # A change every watch must see: one more replica of a scale deployment (the controllers make the pod).
        deployments = json.loads(request(port, ca, token, "GET", "/apis/apps/v1/deployments?limit=1")[1])["items"]
        target = deployments[0]["metadata"]
        replicas = deployments[0]["spec"].get("replicas", 1) + 1
        request(port, ca, token, "PATCH", f"/apis/apps/v1/namespaces/{target['namespace']}/deployments/{target['name']}/scale",
                json.dumps({"spec": {"replicas": replicas}}), "application/merge-patch+json")
        deadline = time.time() + 30
        while time.time() < deadline and not all(any(n.startswith(target["name"]) for n in w.added) for w in watches):
            time.sleep(0.2)
        saw = sum(1 for w in watches if any(n.startswith(target["name"]) for n in w.added))
        errors = [w.error for w in watches if w.error]
        stop.set()
        print(f"watches: {args.watches} opened, {held} still open after {args.hold:.0f} s with the controllers running, "
              f"{saw} saw the new pod of {target['namespace']}/{target['name']}"
              + (f"; errors: {errors[:3]}" if errors else ""))
        return 0
    finally:
        sim.terminate()
        try:
            sim.wait(timeout=60)
        except subprocess.TimeoutExpired:
            sim.kill()


if __name__ == "__main__":
    sys.exit(main())
