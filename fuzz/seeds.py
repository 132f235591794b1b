#!/usr/bin/env python3
"""Builds the fuzzing corpus: the committed seeds under fuzz/seeds/, six-bit seeds derived from every NMEA seed, and,
when the shared data folder is given and present, small slices of the real logs and lists (copied at run time,
never committed). Usage: seeds.py SEEDS_DIR OUT_DIR [SHARED_DATA_DIR]"""
import os, re, shutil, sys, hashlib

seeds, out = sys.argv[1], sys.argv[2]
shared = sys.argv[3] if len(sys.argv) > 3 else None

def put(target, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)

def sixbit(line):
    """A single-sentence AIVDM/AIVDO line as the sixbit target's input: fill-bits byte, then six-bit values."""
    m = re.search(rb"!AIVD[MO],1,1,[^,]*,[^,]*,([^,]*),([0-5])\*", line)
    if not m:
        return None
    values = bytes((c - 48 if c - 48 < 40 else c - 56) & 63 for c in m.group(1))
    return bytes([int(m.group(2))]) + values

for target in sorted(os.listdir(seeds)):
    for name in sorted(os.listdir(os.path.join(seeds, target))):
        with open(os.path.join(seeds, target, name), "rb") as f:
            put(target, f.read())

nmea_files = [os.path.join(seeds, "nmea", n) for n in os.listdir(os.path.join(seeds, "nmea"))]
if shared and os.path.isdir(shared):
    ais = os.path.join(shared, "ais")
    for root, _, files in os.walk(ais):
        for n in sorted(files):
            if n.endswith((".log", ".ais", ".txt")):
                path = os.path.join(root, n)
                nmea_files.append(path)
                with open(path, "rb") as f:
                    lines = f.read().splitlines(keepends=True)
                for i in range(0, min(len(lines), 400), 20):
                    put("nmea", b"".join(lines[i:i + 20]))
    un = os.path.join(shared, "lists", "un", "consolidated.xml")
    if os.path.exists(un):
        text = open(un, encoding="utf-8").read()
        for tag in ("INDIVIDUAL", "ENTITY"):
            records = re.findall(r"<%s>.*?</%s>" % (tag, tag), text, re.S)[:40]
            for i in range(0, len(records), 8):
                put("un", '<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST><%sS>%s</%sS></CONSOLIDATED_LIST>'
                    % (tag, "".join(records[i:i + 8]), tag))
        for name in re.findall(r"<ALIAS_NAME>([^<]+)</ALIAS_NAME>", text)[:60]:
            put("names", name)
    small = os.path.join(shared, "lists", "ofac-small")
    if os.path.isdir(small):
        parts = []
        for n in ("sdn.csv", "alt.csv", "sdn_comments.csv"):
            p = os.path.join(small, n)
            parts.append(open(p, "rb").read() if os.path.exists(p) else b"")
        put("ofac-csv", b"\0".join(parts))
    fixtures = os.path.join(shared, "names", "ofac_fixtures.csv")
    if os.path.exists(fixtures):
        import csv
        with open(fixtures, encoding="utf-8") as f:
            for row in list(csv.reader(f))[1:80]:
                for cell in row[:2]:
                    put("names", cell)

for path in nmea_files:
    with open(path, "rb") as f:
        for line in f.read().splitlines()[:400]:
            s = sixbit(line)
            if s:
                put("sixbit", s)

for target in sorted(os.listdir(out)):
    print("seeds %-14s %d files" % (target, len(os.listdir(os.path.join(out, target)))))
