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
                var sink = new LastRow();
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
                    if (type is not (1 or 2 or 3 or 18 or 19 or 27)) continue;
                    n++;
                    if (rows) { sink.Last = 0; Picket.Core.Observations.AisObservations.Map(p, sink); sum += sink.Last; }
                }
                Console.WriteLine($"  round {round} {(rows ? "decode+rows" : "decode only"),-12}: {n / clock.Elapsed.TotalSeconds,12:N0} positions/s ({sum})");
            }
        }
    }

    /// <summary>Keeps the MMSI of the last position row made (so the work is not optimised away).</summary>
    private sealed class LastRow : Picket.Core.Observations.IObservationSink
    {
        public uint Last;

        public void OnPosition(in Picket.Core.Observations.PositionObservation position) => Last = ObservationRows.Position(position).Mmsi;

        public void OnIdentity(in Picket.Core.Observations.IdentityObservation identity) { }
    }
}
