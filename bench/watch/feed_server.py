#!/usr/bin/env python3
"""Serves a recorded NMEA file over TCP the way a feed provider does, for bench/watch and demos until `picket replay`
is there: every client that connects gets the recording from its first line; with --speed N the lines are paced by
their IEC 61162-450 tag-block time (c:UNIX seconds) at N times real time, otherwise as fast as the client reads (TCP
flow control paces the sender). After the last line the connection stays open and quiet, as a live feed would.
Prints the port it listens on, then serves until killed."""
import argparse, re, socket, socketserver, threading, time

TAG_TIME = re.compile(rb"[\\,]c:(\d{9,10})")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--speed", type=float, default=0.0, help="times real time; 0 = as fast as the client reads")
    args = ap.parse_args()

    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            sock = self.request
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            try:
                with open(args.path, "rb") as f:
                    if args.speed <= 0:
                        while chunk := f.read(1 << 16):
                            sock.sendall(chunk)
                    else:
                        start, first, out = time.monotonic(), None, []
                        for line in f:
                            m = TAG_TIME.search(line[:80])
                            if m:
                                t = int(m.group(1))
                                if first is None:
                                    first = t
                                due = start + (t - first) / args.speed
                                if due > time.monotonic():
                                    if out:
                                        sock.sendall(b"".join(out)); out = []
                                    time.sleep(max(0.0, due - time.monotonic()))
                            out.append(line)
                            if len(out) >= 256:
                                sock.sendall(b"".join(out)); out = []
                        if out:
                            sock.sendall(b"".join(out))
                while sock.recv(4096):  # quiet until the client leaves
                    pass
            except (BrokenPipeError, ConnectionResetError):
                pass

    class Server(socketserver.ThreadingTCPServer):
        daemon_threads = True
        allow_reuse_address = True

    with Server(("127.0.0.1", args.port), Handler) as server:
        print(server.server_address[1], flush=True)
        server.serve_forever()

if __name__ == "__main__":
    main()
