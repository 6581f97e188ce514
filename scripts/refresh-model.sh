#!/usr/bin/env bash
# Refreshes the vendored Batch API model (api/batch-2017-03-12.json) and the published
# examples (api/examples/ACTION.json) from the official CLI's package, tccli, then
# regenerates the Rust tables. Maintainers only; needs python3 and, unless --tccli-dir
# is given, access to PyPI.
#
# Only the model's structure is carried over (names, types, formats, required, nullable);
# its description texts are not, by design.
#
# usage: scripts/refresh-model.sh [--tccli-dir DIR] [--version V] [--out DIR] [--no-codegen]
#   --tccli-dir DIR  use an installed tccli package directory (…/site-packages/tccli)
#                    instead of installing tccli into a temporary virtualenv
#   --version V      the tccli version to install (default: the newest)
#   --out DIR        write batch-2017-03-12.json and examples/ under DIR instead of api/
#                    (to compare with the vendored files); implies --no-codegen
#   --no-codegen     do not run `cargo run -p xtask -- codegen` afterwards
set -euo pipefail
cd "$(dirname "$0")/.."

tccli_dir=""
version=""
out="api"
codegen=1
while [ $# -gt 0 ]; do
    case "$1" in
        --tccli-dir) tccli_dir="${2:?--tccli-dir needs a directory}"; shift 2 ;;
        --version) version="${2:?--version needs a version}"; shift 2 ;;
        --out) out="${2:?--out needs a directory}"; codegen=0; shift 2 ;;
        --no-codegen) codegen=0; shift ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "refresh-model: unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

tmp=""
cleanup() { if [ -n "$tmp" ]; then rm -rf "$tmp"; fi; }
trap cleanup EXIT

if [ -z "$tccli_dir" ]; then
    tmp="$(mktemp -d)"
    echo "refresh-model: installing tccli${version:+ $version} into a temporary virtualenv" >&2
    python3 -m venv "$tmp/venv"
    "$tmp/venv/bin/pip" install --quiet --disable-pip-version-check "tccli${version:+==$version}"
    tccli_dir="$("$tmp/venv/bin/python" -c 'import os, tccli; print(os.path.dirname(tccli.__file__))')"
fi
src="$tccli_dir/services/batch/v20170312"
for f in api.json examples.json; do
    if [ ! -f "$src/$f" ]; then
        echo "refresh-model: $src/$f not found; is $tccli_dir a tccli package?" >&2
        exit 1
    fi
done

mkdir -p "$out/examples"
python3 - "$src" "$out" <<'PY'
"""Rewrites the model's structure and the examples from tccli's api.json/examples.json."""
import json
import os
import sys
import urllib.parse

src, out = sys.argv[1], sys.argv[2]
with open(os.path.join(src, "api.json"), encoding="utf-8") as f:
    api = json.load(f)
with open(os.path.join(src, "examples.json"), encoding="utf-8") as f:
    examples = json.load(f)


def member(m):
    """One member: structure only, in a fixed key order."""
    out = {"name": m["name"], "type": m["type"]}
    if m["type"] in ("list", "object"):
        out["member"] = m["member"]
    # tccli puts an int's width, and a string's date-time kind, in `member`.
    if m["type"] == "int" or m["member"] == "datetime_iso":
        out["format"] = m["member"]
    if m.get("required"):
        out["required"] = True
    if m.get("value_allowed_null"):
        out["nullable"] = True
    return out


model = {
    "service": "batch",
    "version": api["metadata"]["apiVersion"],
    "actions": {
        name: {"input": a["input"], "output": a["output"]}
        for name, a in sorted(api["actions"].items())
    },
    "objects": {
        name: {"members": [member(m) for m in o["members"] if not m.get("disabled")]}
        for name, o in sorted(api["objects"].items())
    },
}
objects = model["objects"]


def find(obj, name):
    for m in objects[obj]["members"]:
        if m["name"] == name:
            return m
    raise SystemExit(f"refresh-model: example names {obj}.{name}, which the model lacks")


def scalar(kind, text):
    if kind in ("int", "int64", "uint64"):
        return int(text)
    if kind == "float":
        return float(text)
    if kind == "bool":
        return text.lower() == "true"
    return text


def put(container, obj, path, text):
    """Sets `A.B.0.C=text` (a GET example's parameter) inside `container` by the model."""
    m = find(obj, path[0])
    name, rest = m["name"], path[1:]
    if m["type"] == "object":
        put(container.setdefault(name, {}), m["member"], rest, text)
    elif m["type"] == "list":
        items = container.setdefault(name, [])
        index = int(rest[0])
        if index != len(items) and index != len(items) - 1:
            raise SystemExit(f"refresh-model: list {name} is not filled in order")
        if m["member"] in objects:
            if index == len(items):
                items.append({})
            put(items[index], m["member"], rest[1:], text)
        else:
            items.append(scalar(m["member"], text))
    else:
        container[name] = scalar(m["type"], text)


def request(action, text):
    """A published request: a JSON POST body, or a GET query string, one `&K=V` a line."""
    if text.startswith("POST "):
        body = text.replace("\r\n", "\n").split("\n\n", 1)[1]
        return json.loads(body)
    body = {}
    for line in text.replace("\r\n", "\n").split("\n"):
        line = line.strip()
        if not line.startswith("&") or line.startswith("&<"):
            continue
        key, _, value = line[1:].partition("=")
        put(body, model["actions"][action]["input"], key.split("."), urllib.parse.unquote(value))
    return body


def dump(path, doc, indent):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, indent=indent, ensure_ascii=False) + "\n")


dump(os.path.join(out, "batch-2017-03-12.json"), model, 1)
for action in model["actions"]:
    published = examples["actions"].get(action)
    if not published:
        print(f"refresh-model: no published example for {action}", file=sys.stderr)
        continue
    first = published[0]  # several for some actions; the first is the plainest
    doc = {
        "action": action,
        "request": request(action, first["input"]),
        "response": json.loads(first["output"])["Response"],
    }
    dump(os.path.join(out, "examples", action + ".json"), doc, 2)
print(f"refresh-model: wrote {out}/batch-2017-03-12.json and {len(model['actions'])} examples",
      file=sys.stderr)
PY

if [ "$codegen" = 1 ]; then
    cargo run -q -p xtask -- codegen
fi
