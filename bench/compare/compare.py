#!/usr/bin/env python3
"""Compares one scenario's analysis by two picket binaries (see run.sh) and prints every difference.

Events are matched on (type, vessels' MMSIs, start, end, evidence); ids are compared separately, since an id is
allowed to change when the rule for ids changes (issue 12: ids from content only). Vessels are matched on MMSI and
compared on risk, high_risk and their list matches. Exit code 1 when anything differs."""
import collections
import hashlib
import json
import os
import sys

label, d = sys.argv[1], sys.argv[2]


def events(side):
    out = []
    with open(os.path.join(d, f"analysis-{side}", "events.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                out.append(json.loads(line))
    return out


def key(e):
    return (e["type"], tuple(v["mmsi"] for v in e["vessels"]), e["start"], e["end"])


def content(e):
    return key(e) + (json.dumps(e.get("evidence"), sort_keys=False),)


def vessels(side):
    out = {}
    with open(os.path.join(d, f"analysis-{side}", "vessels.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                v = json.loads(line)
                out[v["mmsi"]] = v
    return out


def digest(path):
    if not os.path.exists(path):
        return None
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def evidence_diff(a, b, path=""):
    """Yields 'key: old → new' for every differing leaf, keys in order."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if k not in b:
                yield f"{path}{k}: {json.dumps(a[k])} → (absent)"
            elif k not in a:
                yield f"{path}{k}: (absent) → {json.dumps(b[k])}"
            else:
                yield from evidence_diff(a[k], b[k], f"{path}{k}.")
        if [k for k in a if k in b] != [k for k in b if k in a]:
            yield f"{path}(key order) {list(a)} → {list(b)}"
    elif a != b:
        yield f"{path.rstrip('.')}: {json.dumps(a)} → {json.dumps(b)}"


old_ev, new_ev = events("old"), events("new")
problems = 0
print(f"== {label}: {len(old_ev)} events old, {len(new_ev)} new")

feed_old = digest(os.path.join(d, "scenario", "feed.nmea"))
feed_new = digest(os.path.join(d, "scenario-new", "feed.nmea"))
if feed_new is None:
    print("  simulate: the new binary wrote no feed")
elif feed_old != feed_new:
    print("  simulate: the new binary's feed differs from the old one's (both analyses read the old feed)")
else:
    print("  simulate: the new binary writes the same feed (sha256 equal)")

old_c = collections.Counter(content(e) for e in old_ev)
new_c = collections.Counter(content(e) for e in new_ev)
only_old, only_new = old_c - new_c, new_c - old_c
by_key_new = collections.defaultdict(list)
for e in new_ev:
    by_key_new[key(e)].append(e)
by_key_old = collections.defaultdict(list)
for e in old_ev:
    by_key_old[key(e)].append(e)

changed_keys = {c[:4] for c in only_old} & {c[:4] for c in only_new}
for k in sorted(changed_keys):
    for a, b in zip(by_key_old[k], by_key_new[k]):
        diffs = list(evidence_diff(a.get("evidence"), b.get("evidence")))
        if diffs:
            problems += 1
            print(f"  evidence differs: {k[0]} {list(k[1])} {k[2]}..{k[3]}")
            for line in diffs:
                print(f"      {line}")
for c, n in sorted(only_old.items()):
    if c[:4] not in changed_keys:
        problems += n
        print(f"  only old ({n}): {c[0]} {list(c[1])} {c[2]}..{c[3]}")
for c, n in sorted(only_new.items()):
    if c[:4] not in changed_keys:
        problems += n
        print(f"  only new ({n}): {c[0]} {list(c[1])} {c[2]}..{c[3]}")

old_ids = {content(e): e["id"] for e in old_ev}
id_changes = [(old_ids[content(e)], e["id"]) for e in new_ev if content(e) in old_ids and old_ids[content(e)] != e["id"]]
if id_changes:
    print(f"  ids: {len(id_changes)} equal events have a new id, e.g. {id_changes[0][0]} → {id_changes[0][1]}")
old_by_content = collections.defaultdict(list)
for e in old_ev:
    old_by_content[content(e)].append(e)
other = collections.Counter()
for e in new_ev:
    if old_by_content.get(content(e)):
        a = old_by_content[content(e)].pop(0)
        other.update(k for k in ("confidence", "lat", "lon") if a.get(k) != e.get(k))
for k, n in sorted(other.items()):
    problems += n
    print(f"  {n} otherwise equal events differ in {k}")
same_bytes = digest(os.path.join(d, "analysis-old", "events.jsonl")) == digest(os.path.join(d, "analysis-new", "events.jsonl"))
print(f"  events.jsonl byte-identical: {'yes' if same_bytes else 'no'}")

old_v, new_v = vessels("old"), vessels("new")
print(f"  vessels: {len(old_v)} old, {len(new_v)} new")
for m in sorted(set(old_v) | set(new_v)):
    a, b = old_v.get(m), new_v.get(m)
    if a is None or b is None:
        problems += 1
        print(f"  vessel {m}: only {'new' if a is None else 'old'}")
        continue
    for k in ("risk", "high_risk"):
        if a.get(k) != b.get(k):
            problems += 1
            print(f"  vessel {m}: {k} {a.get(k)} → {b.get(k)}")
    for k in ("list_matches", "list_leads", "list_notes"):
        sa = [(x["list"], x["id"], x.get("score")) for x in a.get(k, [])]
        sb = [(x["list"], x["id"], x.get("score")) for x in b.get(k, [])]
        if sa != sb:
            problems += 1
            print(f"  vessel {m}: {k} {sa} → {sb}")
print(f"  => {'SAME' if problems == 0 else f'{problems} difference(s)'}")
sys.exit(1 if problems else 0)
