"""Times libais (Debian python3-ais) on an NMEA file, for bench/decode/run.sh. Written for this benchmark.

Usage: /usr/bin/python3 libais_driver.py e2e|core FILE

libais's ais.decode(payload, fill_bits) takes one assembled payload; the NMEA layer is this driver's job:
  e2e   end to end: read lines, drop a leading \\tag block\\, split the 7 fields, join multi-part messages keyed by
        (sequence id, channel), call ais.decode on every complete message. All of it is timed.
  core  decode call only: the same assembly is done first, untimed; only the loop of ais.decode calls is timed.
Like libais itself, the driver does not verify NMEA checksums. Prints one RESULT line; messages/s is computed by
run.sh from "attempted" (every ais.decode call, including the ones libais rejects).
"""
import sys
import time

import ais


def assembled(lines, counts):
    """Yields (payload, fill_bits) for every complete message; counts lines it cannot use."""
    pending = {}
    for line in lines:
        if line[0] == "\\":
            end = line.find("\\", 1)
            if end < 0:
                counts["bad_lines"] += 1
                continue
            line = line[end + 1:]
        if line[:1] != "!" or line[3:6] not in ("VDM", "VDO"):
            counts["bad_lines"] += 1
            continue
        f = line.split(",")
        if len(f) < 7 or not f[1].isdigit() or not f[2].isdigit() or not f[6][:1].isdigit():
            counts["bad_lines"] += 1
            continue
        total, number, fill = int(f[1]), int(f[2]), int(f[6][0])
        if total == 1:
            yield f[5], fill
            continue
        key = (f[3], f[4])
        if number == 1:
            pending[key] = [f[5]]
            continue
        parts = pending.get(key)
        if parts is None or len(parts) != number - 1:
            counts["orphan_fragments"] += 1
            continue
        parts.append(f[5])
        if number == total:
            del pending[key]
            yield "".join(parts), fill


def decode_all(messages):
    ok = rejected = checksum = 0
    decode = ais.decode
    for payload, fill in messages:
        try:
            m = decode(payload, fill)
        except ais.DecodeError:
            rejected += 1
            continue
        ok += 1
        checksum += m["mmsi"]
    return ok, rejected, checksum


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("e2e", "core"):
        sys.exit("usage: libais_driver.py e2e|core FILE")
    mode, path = sys.argv[1], sys.argv[2]
    counts = {"bad_lines": 0, "orphan_fragments": 0}
    if mode == "e2e":
        w0, c0 = time.perf_counter(), time.process_time()
        with open(path, "r", encoding="latin-1") as lines:
            ok, rejected, checksum = decode_all(assembled(lines, counts))
    else:
        with open(path, "r", encoding="latin-1") as lines:
            messages = list(assembled(lines, counts))
        w0, c0 = time.perf_counter(), time.process_time()
        ok, rejected, checksum = decode_all(messages)
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(f"RESULT tool=libais mode={mode} seconds={wall:.3f} cpu_seconds={cpu:.3f} messages={ok} "
          f"rejected={rejected} attempted={ok + rejected} bad_lines={counts['bad_lines']} "
          f"orphan_fragments={counts['orphan_fragments']} checksum={checksum}")


if __name__ == "__main__":
    main()
