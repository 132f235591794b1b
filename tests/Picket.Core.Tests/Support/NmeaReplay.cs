using Picket.Ais;
using Picket.Ais.Nmea;
using Picket.Core.Input;
using Picket.Core.Tracks;
using Picket.Core.Vessels;
using Picket.Testing.Traffic;

namespace Picket.Core.Tests.Support;

/// <summary>
/// Feeds NMEA written by <see cref="TrafficNmea"/> back through the decoder and <see cref="AisFeed"/>: the full path
/// from raw AIS to tracks, so planted behaviour is found from NMEA, not only from values handed in directly.
/// </summary>
internal static class NmeaReplay
{
    /// <summary>Fixes and identity reports (in delivery order) as the NMEA a receiver would deliver.</summary>
    public static string ToNmea(IEnumerable<object> items) => TrafficNmea.ToText(items.Select(item => item switch
    {
        VesselFix f => TrafficItem.Of(f),
        IdentityReport r => TrafficItem.Of(r),
        _ => throw new ArgumentException($"not a fix or an identity report: {item}", nameof(items)),
    }));

    /// <summary>Decodes <paramref name="nmea"/> into the tracker; returns the decoder's statistics.</summary>
    public static DecodeStatistics Feed(VesselTracker tracker, string nmea)
    {
        var decoder = new AisDecoder();
        var feed = new AisFeed(tracker);
        NmeaStreamReader.Read(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(nmea)), decoder, feed);
        tracker.Flush();
        return decoder.Statistics;
    }
}
