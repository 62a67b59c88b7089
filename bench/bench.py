#!/usr/bin/env python3
"""Times catalog beside buf on generated catalogs; Python 3.9+ stdlib only.

  bench/bench.py                        100, 2,000 and 10,000 events, 5 rounds each, table on stdout
  bench/bench.py --sizes 2000 --rounds 3
  bench/bench.py --others               also docs, diff and deploy --dry-run at 2,000 events

For each size it generates a catalog (seeded) and a "next" copy with 5% of the events changed
(gen-catalog.py --mutate), then runs, round after round and in alternating order:
  catalog lint DIR                      beside  buf lint DIR/schemas (STANDARD)
  catalog breaking NEXT --against DIR   beside  buf breaking NEXT/schemas --against DIR/schemas
                                                (WIRE and WIRE_JSON)
Each run is timed from fork to exit (wall time), with its CPU time (user + system) and its peak
resident memory (the maximum RSS of the process and its children), both from wait4. The table
gives medians and the ratios to buf; on a busy machine CPU time is the steadier of the two times.
buf comes from npm (@bufbuild/buf, pinned in bench/package.json) into bench/node_modules.
Catalogs and logs go to bench/target (or --work)."""
import argparse, json, os, shutil, statistics, subprocess, sys, time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
LINT_CONFIG = json.dumps({"version": "v1", "lint": {"use": ["STANDARD"]}})
BREAKING_CONFIG = json.dumps({"version": "v1", "breaking": {"use": ["WIRE", "WIRE_JSON"]}})


def buf_binary():
    """The buf executable itself (not npm's node shim), installed into bench/node_modules once."""
    found = sorted(BENCH.glob("node_modules/@bufbuild/buf-*/bin/buf"))
    if not found:
        print("bench: installing @bufbuild/buf into bench/node_modules ...", file=sys.stderr)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--no-package-lock",
                        "--loglevel=error"], cwd=BENCH, check=True, stdout=sys.stderr)
        found = sorted(BENCH.glob("node_modules/@bufbuild/buf-*/bin/buf"))
    if not found:
        sys.exit("bench: npm installed no buf binary for this platform")
    return str(found[0])


def catalog_jar():
    """Builds the jar and its class-data archive through the launcher, as a user's first run does."""
    subprocess.run([str(ROOT / "catalog"), "--version"], check=True, stdout=subprocess.DEVNULL)


def generate(work, n, seed):
    base, nxt = work / f"cat-{n}", work / f"cat-{n}-next"
    stamp = work / f"cat-{n}.done"
    if not stamp.exists():
        for d in (base, nxt):
            shutil.rmtree(d, ignore_errors=True)
        gen = [sys.executable, str(BENCH / "gen-catalog.py")]
        subprocess.run(gen + [str(base), "--events", str(n), "--seed", seed], check=True,
                       stdout=subprocess.DEVNULL)
        shutil.copytree(base, nxt)
        subprocess.run(gen + [str(nxt), "--mutate", "5", "--seed", seed], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stamp.touch()
    return base, nxt


def run(argv, cwd, log):
    """Wall seconds, CPU seconds and peak RSS (MB) of one run; its output goes to log."""
    with open(log, "ab") as out:
        out.write(("$ " + " ".join(argv) + "\n").encode())
        out.flush()
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=out, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.write(f"exit {proc.returncode}\n".encode())
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode


def commands(buf, base, nxt, launchers):
    return {
        "lint": [
            *((name, [launcher, "lint", str(base)], (0,)) for name, launcher in launchers),
            ("buf", [buf, "lint", str(base / "schemas"), "--config", LINT_CONFIG], (0,)),
        ],
        "breaking": [
            *((name, [launcher, "breaking", str(nxt), "--against", str(base)], (1,))
              for name, launcher in launchers),
            ("buf", [buf, "breaking", str(nxt / "schemas"), "--against", str(base / "schemas"),
                     "--config", BREAKING_CONFIG, "--against-config", BREAKING_CONFIG], (100,)),
        ],
    }


def other_commands(base, nxt, work, env_ok):
    catalog = str(ROOT / "catalog")
    site = work / "site"
    cmds = [
        ("docs", [catalog, "docs", str(base), "--out", str(site)], (0,)),
        ("diff", [catalog, "diff", str(nxt), "--against", str(base)], (0,)),
    ]
    if env_ok:
        cmds.append(("deploy --dry-run", [catalog, "deploy", str(base), "--env", "dev", "--dry-run"],
                     (0,)))
    return cmds


def start_registry(work):
    """scripts/registries on ports of its own; returns the environment with the registry URLs."""
    env = dict(os.environ, REGISTRY_PORTS=os.environ.get("BENCH_REGISTRY_PORTS", "18181 18182 18183"),
               REGISTRIES_HOME=str(work / "registries"))
    out = subprocess.run([str(ROOT / "scripts" / "registries"), "start"], env=env, check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    for line in out.splitlines():
        if line.startswith("export "):
            key, _, value = line[len("export "):].partition("=")
            env[key] = value
    return env


def stop_registry(env):
    subprocess.run([str(ROOT / "scripts" / "registries"), "stop"], env=env, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def measure(pairs, rounds, cwd, log, expect_check=True):
    """Every tool of `pairs` once per round, the order flipped every other round; one warm-up each."""
    results = {name: [] for name, _, _ in pairs}
    for r in range(rounds + 1):
        order = pairs if r % 2 == 0 else list(reversed(pairs))
        for name, argv, ok in order:
            wall, cpu, rss, code = run(argv, cwd, log)
            if expect_check and code not in ok:
                sys.exit(f"bench: {' '.join(argv[:3])}... exited {code}; see {log}")
            if r > 0:  # round 0 warms the file cache and the jar's class-data archive
                results[name].append((wall, cpu, rss))
    return {name: tuple(statistics.median(run[i] for run in runs) for i in range(3))
            for name, runs in results.items()}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="100,2000,10000", help="event counts (default 100,2000,10000)")
    p.add_argument("--rounds", type=int, default=5, help="timed rounds per command (default 5)")
    p.add_argument("--seed", default="1")
    p.add_argument("--work", type=Path, default=BENCH / "target", help="where catalogs and logs go")
    p.add_argument("--baseline", metavar="LAUNCHER",
                   help="also time another build's ./catalog launcher (a copy of an older checkout) "
                        "in the same rounds, as a 'before' column")
    p.add_argument("--others", action="store_true",
                   help="also time docs, diff and deploy --dry-run (a local registry) at 2,000 events")
    args = p.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    log = args.work / "bench.log"
    log.write_text("")
    buf = buf_binary()
    catalog_jar()
    version = subprocess.run([buf, "--version"], stdout=subprocess.PIPE, text=True).stdout.strip()
    print(f"catalog ({ROOT.name}) beside buf {version}; {os.cpu_count()} cores; "
          f"median of {args.rounds} alternating rounds after one warm-up\n")
    launchers = [("catalog", str(ROOT / "catalog"))]
    if args.baseline:
        launchers.insert(0, ("before", str(Path(args.baseline).resolve())))
    names = [name for name, _ in launchers]
    print("| events | command | " + " | ".join(names) + " | buf | "
          + " | ".join(f"{name} / buf" for name in names) + " |")
    print("|---:|---|" + "---:|" * (2 * len(names) + 1))
    for n in [int(s) for s in args.sizes.split(",")]:
        base, nxt = generate(args.work, n, args.seed)
        for command, pairs in commands(buf, base, nxt, launchers).items():
            m = measure(pairs, args.rounds, args.work, log)
            bw, bc, bm = m["buf"]
            cells = [f"{m[x][0]:.2f} s ({m[x][1]:.2f} s CPU), {m[x][2]:.0f} MB" for x in names + ["buf"]]
            cells += [f"{m[x][0] / bw:.2f}× time, {m[x][1] / bc:.2f}× CPU, {m[x][2] / bm:.2f}× memory"
                      for x in names]
            print(f"| {n:,} | {command} | " + " | ".join(cells) + " |", flush=True)
    if args.others:
        n = 2000
        base, nxt = generate(args.work, n, args.seed)
        env = start_registry(args.work)
        try:
            os.environ.update(env)
            print("\n| events | command | catalog | catalog lint | command / lint |")
            print("|---:|---|---:|---:|---:|")
            lint = ("lint", [str(ROOT / "catalog"), "lint", str(base)], (0,))
            for name, argv, ok in other_commands(base, nxt, args.work, True):
                # each beside a lint in the same rounds, so that the ratio holds on a busy machine
                m = measure([(name, argv, ok), lint], args.rounds, args.work, log)
                w, cpu, mem = m[name]
                lw, lcpu, lmem = m["lint"]
                print(f"| {n:,} | {name} | {w:.2f} s ({cpu:.2f} s CPU), {mem:.0f} MB "
                      f"| {lw:.2f} s ({lcpu:.2f} s CPU) | {w / lw:.2f}× time, {cpu / lcpu:.2f}× CPU |",
                      flush=True)
        finally:
            stop_registry(env)


if __name__ == "__main__":
    main()
