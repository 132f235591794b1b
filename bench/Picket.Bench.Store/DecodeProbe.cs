using System.Diagnostics;
using Picket.Ais;
using Picket.Ais.Nmea;
using Picket.Store.Ingest;

namespace Picket.Bench.Store;

/// <summary>Diagnostic: where single-threaded decode time goes (framing+decoder only, then + row extraction).</summary>
internal static class DecodeProbe
{
    public static void Run(string file)
    {
        var bytes = File.ReadAllBytes(file);
        for (int round = 1; round <= 3; round++)
        {
            foreach (bool rows in new[] { false, true })
            {
                var decoder = new AisDecoder();
                long n = 0, sum = 0;
                var clock = Stopwatch.StartNew();
                var span = bytes.AsSpan();
                while (!span.IsEmpty)
                {
                    int nl = span.IndexOf((byte)'\n');
                    var line = nl < 0 ? span : span[..nl];
                    span = nl < 0 ? default : span[(nl + 1)..];
                    if (decoder.Decode(line, out var p) != LineOutcome.Message) continue;
                    int type = p.MessageType;
                    if (!AisRowDecoder.IsPosition(type)) continue;
                    n++;
                    if (rows) sum += AisRowDecoder.Position(p, type).Mmsi;
                }
                Console.WriteLine($"  round {round} {(rows ? "decode+rows" : "decode only"),-12}: {n / clock.Elapsed.TotalSeconds,12:N0} positions/s ({sum})");
            }
        }
    }
}
