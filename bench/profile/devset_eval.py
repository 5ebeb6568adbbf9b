#!/usr/bin/env python3
"""Project-profile evaluation on the development set (../shared/data/dev-gold).

For each gold repository checked out under DEVSET/<owner+name> (at the commit the gold README
names), runs `repopost inspect --format json` and prints whether the profile's name, first install
command and release version are right, how many of the gold's top 4 selling points are covered by
the profile's first 6, and any supported platform the gold does not state. With --posts it also
writes the default offline post of each repository and scores it with ../shared/tools/gold-score.

  python3 bench/profile/devset_eval.py --devset /work/devset [--posts OUT_DIR] [--styles]

Development data only: never run in CI (the repositories are not fixtures).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, "..", "shared")
sys.path.insert(0, os.path.join(SHARED, "tools"))
sys.dont_write_bytecode = True
import gold_score  # noqa: E402


def squash(text):
    return re.sub(r"[^a-z0-9]", "", text.lower())


def name_ok(name, gold_name):
    options = {squash(gold_name)}
    m = re.match(r"(.*?)\s*\((.*)\)\s*$", gold_name)
    if m:
        options |= {squash(m.group(1)), squash(m.group(2))}
    return squash(name) in options


def points_covered(points, gold):
    text = "\n".join(p["text"].lower() for p in points[:6])
    covered = 0
    for p in gold.get("selling_points", [])[:4]:
        if any(k.lower() in text for k in p.get("keywords", []) if k.strip()):
            covered += 1
    return covered


def unstated_platforms(profile, gold):
    stated = " ".join(gold.get("platforms", {}).get("stated", [])).lower()
    extra = []
    for p in profile["platforms"]["supported"]:
        name = p["platform"].lower()
        aliases = {name, {"macos": "mac", "freebsd": "bsd", "openbsd": "bsd", "netbsd": "bsd"}.get(name, name)}
        if not any(a in stated for a in aliases):
            extra.append(p["platform"])
    return extra


def run(binary, args):
    return subprocess.run([binary] + args, capture_output=True, text=True, timeout=300)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--devset", required=True)
    ap.add_argument("--gold", default=os.path.join(SHARED, "data", "dev-gold"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "dev", "src", "cli", "repopost"))
    ap.add_argument("--posts", help="write offline posts here and score them")
    ap.add_argument("--only", help="one owner+name")
    args = ap.parse_args()
    rows = []
    for file in sorted(os.listdir(args.gold)):
        if not file.endswith(".json"):
            continue
        key = file[:-5]
        if args.only and key != args.only:
            continue
        gold = json.load(open(os.path.join(args.gold, file)))
        repo = os.path.join(args.devset, key)
        if not os.path.isdir(repo):
            print(f"{key}: not checked out under {args.devset}", file=sys.stderr)
            continue
        started = time.time()
        out = run(args.bin, ["inspect", repo, "--format", "json"])
        elapsed = time.time() - started
        if out.returncode != 0:
            print(f"{key}: inspect failed: {out.stderr.strip()}", file=sys.stderr)
            continue
        profile = json.loads(out.stdout)["profile"]
        install = profile["install"][0]["command"] if profile["install"] else ""
        gold_cmds = list(gold.get("install", {}).get("commands", []))
        install_right = bool(install) and gold_score.matches(install, gold_cmds)
        release = profile["release"]["version"]
        row = {
            "repo": key,
            "name": profile["name"], "name_ok": name_ok(profile["name"], gold["name"]),
            "install": install, "install_ok": install_right,
            "release": release, "release_ok": release == str(gold.get("release", {}).get("version", "")),
            "points": points_covered(profile["selling_points"], gold),
            "unstated": unstated_platforms(profile, gold),
            "seconds": elapsed,
        }
        rows.append(row)
        if args.posts:
            os.makedirs(args.posts, exist_ok=True)
            post = run(args.bin, ["generate", repo, "--offline", "--no-store"])
            with open(os.path.join(args.posts, key + ".txt"), "w") as f:
                f.write(post.stdout)
    print(f"{'repository':32} {'name':5} {'install':7} {'release':7} {'points':6} unstated platforms")
    for r in rows:
        print(f"{r['repo']:32} {'ok' if r['name_ok'] else 'NO':5} {'ok' if r['install_ok'] else 'NO':7} "
              f"{'ok' if r['release_ok'] else 'NO':7} {r['points']}/4    {', '.join(r['unstated']) or '-'}")
        if not (r["name_ok"] and r["install_ok"] and r["release_ok"]):
            print(f"{'':32} name={r['name']!r} install={r['install']!r} release={r['release']!r}")
    n = len(rows) or 1
    print(f"\nname {sum(r['name_ok'] for r in rows)}/{len(rows)}, install {sum(r['install_ok'] for r in rows)}/{len(rows)}, "
          f"release {sum(r['release_ok'] for r in rows)}/{len(rows)}, points {sum(r['points'] for r in rows) / n:.2f}/4 on average, "
          f"unstated platforms {sum(len(r['unstated']) for r in rows)}")
    if args.posts:
        print()
        subprocess.run([os.path.join(SHARED, "tools", "gold-score"), "--posts-dir", args.posts,
                        "--gold-dir", args.gold])


if __name__ == "__main__":
    main()
