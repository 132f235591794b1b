using System.Text;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;

namespace Picket.Simulation.Tests;

/// <summary>One decoded position, for the realism checks.</summary>
internal readonly record struct DecodedPosition(uint Mmsi, long Seconds, int Type, double Lat, double Lon, double? Sog, NavigationStatus? Status, string Source);

/// <summary>Decodes a simulated feed line by line with Picket's decoder, keeping line numbers and outcomes.</summary>
internal static class FeedReader
{
    public sealed class Result
    {
        public List<DecodedPosition> Positions { get; } = [];
        public Dictionary<int, int> Types { get; } = [];
        public List<(long Line, RejectReason Reason)> Rejected { get; } = [];
        public long Lines { get; set; }
        public long Messages { get; set; }
    }

    public static Result Read(string path)
    {
        var result = new Result();
        var decoder = new AisDecoder();
        long lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var bytes = Encoding.ASCII.GetBytes(line);
            var outcome = decoder.Decode(bytes, out var p);
            if (outcome == LineOutcome.Rejected)
            {
                result.Rejected.Add((lineNumber, decoder.LastRejectReason));
                continue;
            }
            if (outcome != LineOutcome.Message) continue;
            result.Messages++;
            result.Types[p.MessageType] = result.Types.GetValueOrDefault(p.MessageType) + 1;
            string source = Encoding.ASCII.GetString(p.Source);
            long seconds = p.TimeMs / 1000;
            if (p.MessageType is 1 or 2 or 3)
            {
                var a = PositionReportClassA.Read(p.Reader);
                if (a.Latitude is { } lat && a.Longitude is { } lon)
                    result.Positions.Add(new(a.Mmsi, seconds, p.MessageType, lat, lon, a.Speed, a.Status, source));
            }
            else if (p.MessageType == 18)
            {
                var b = PositionReportClassB.Read(p.Reader);
                if (b.Latitude is { } lat && b.Longitude is { } lon)
                    result.Positions.Add(new(b.Mmsi, seconds, 18, lat, lon, b.Speed, null, source));
            }
        }
        decoder.Flush();
        result.Lines = lineNumber;
        return result;
    }
}
