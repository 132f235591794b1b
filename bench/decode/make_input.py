"""Builds the benchmark input: the AIS sentences of the shared real logs, repeated to a given number of lines.

Usage: python3 make_input.py DATA_DIR LINES OUT_FILE

DATA_DIR is ../shared/data/ais. Sources, in this fixed order: gpsd/*.log, then pyais/* (LICENSE excluded), each
sorted by name. Only AIS sentences are kept (!xxVDM / !xxVDO, with or without a leading \\tag block\\); GPS
sentences, $PGHP lines, comments and blank lines are dropped, so every tool sees only AIS. Line order is kept, so
multi-part fragments stay together and in order. The corpus is repeated whole; the last partial copy is extended to the next first fragment or single
sentence, so no message is split at the end and the file has at least LINES lines.
"""
import os
import re
import sys

AIS = re.compile(rb"^(\\[^\\]*\\)?![A-Z0-9-]{2}VD[MO],")
# total,number of a sentence: the two fields after the sentence tag.
PART = re.compile(rb"VD[MO],(\d),(\d),")


def corpus(data_dir):
    files = []
    for sub, keep in (("gpsd", lambda n: n.endswith(".log")), ("pyais", lambda n: n != "LICENSE")):
        folder = os.path.join(data_dir, sub)
        files += [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if keep(n)]
    lines = []
    for path in files:
        with open(path, "rb") as f:
            for raw in f:
                line = raw.rstrip(b"\r\n")
                if AIS.match(line):
                    lines.append(line)
    return files, lines


def starts_message(line):
    m = PART.search(line)
    return m is None or m.group(2) == b"1"


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: make_input.py DATA_DIR LINES OUT_FILE")
    data_dir, target, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    files, lines = corpus(data_dir)
    if not lines:
        sys.exit(f"no AIS sentences found under {data_dir}")
    block = b"\n".join(lines) + b"\n"
    copies, rest = divmod(target, len(lines))
    # Extend the partial copy so it ends before a first fragment or single sentence (never below LINES).
    while 0 < rest < len(lines) and not starts_message(lines[rest]):
        rest += 1
    with open(out, "wb") as f:
        for _ in range(copies):
            f.write(block)
        if rest:
            f.write(b"\n".join(lines[:rest]) + b"\n")
    total = copies * len(lines) + rest
    print(f"corpus: {len(lines)} AIS lines from {len(files)} files; written {total} lines "
          f"({copies} copies + {rest} lines) to {out}")


if __name__ == "__main__":
    main()
