#!/usr/bin/env python3
"""Fails when an #include crosses the stage graph of DESIGN.md section 3 the wrong way.

Each stage may include its own headers and those of the stages listed for it below; third-party
headers that must stay inside one adapter are listed in ADAPTER_ONLY.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

ALLOWED = {
    "core": set(),
    "text": {"core"},
    "ingest": {"core", "text"},
    "profile": {"core", "text", "ingest"},
    "index": {"core", "text"},
    "safety": {"core", "text", "index", "profile", "ingest"},
    "score": {"core", "text", "generate"},
    "export": {"core", "text", "generate"},
    "llm": {"core", "text"},
    "generate": {"core", "text", "llm", "safety", "index", "profile", "ingest"},
    "store": {"core"},
    "telemetry": {"core"},
    "app": {"core", "text", "ingest", "profile", "index", "llm", "generate", "safety", "score", "export",
            "store", "telemetry"},
    # server and cli call app for behaviour; they may name the value types (records, enums) of
    # the stages below it, and cli starts the server.
    "server": {"core", "text", "profile", "generate", "safety", "score", "export", "store", "telemetry",
               "app"},
    "cli": {"core", "text", "profile", "generate", "safety", "score", "export", "store", "telemetry", "app",
            "server"},
}
# Headers only these files (prefix match on the path below src/) may include.
ADAPTER_ONLY = {
    "httplib.h": ("server/http_server.cpp",),
    "sqlite3.h": ("store/sqlite/",),
    "libpq-fe.h": ("store/postgres/",),
    "git2.h": ("ingest/",),
}
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)


def main() -> int:
    problems = []
    for path in sorted(SRC.rglob("*")):
        if path.suffix not in {".h", ".hpp", ".cpp", ".cc"}:
            continue
        rel = path.relative_to(SRC).as_posix()
        stage = rel.split("/", 1)[0]
        allowed = ALLOWED.get(stage)
        if allowed is None:
            problems.append(f"{rel}: stage '{stage}' is not in the stage graph")
            continue
        for header in INCLUDE.findall(path.read_text(encoding="utf-8", errors="replace")):
            first = header.split("/", 1)[0]
            if "/" in header and first in ALLOWED and first != stage and first not in allowed:
                problems.append(f"{rel}: includes {header} ({stage} may not depend on {first})")
            owners = ADAPTER_ONLY.get(header)
            if owners and not any(rel.startswith(o) for o in owners):
                problems.append(f"{rel}: includes {header}, which only {', '.join(owners)} may")
    for line in problems:
        print(line)
    print(f"check_includes: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
