using Picket.Core.Alerts;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Reporting.Tests.Alerts;

/// <summary>Alerts with typed evidence, distinct by vessel, for the sink tests.</summary>
internal static class SampleAlerts
{
    public static readonly DateTimeOffset T0 = new(2018, 3, 2, 0, 0, 0, TimeSpan.Zero);

    public static PicketAlert Dark(int i, int revision = 0)
    {
        var mmsi = new Mmsi(412_000_000 + (uint)i);
        var off = T0.AddMinutes(i);
        var eventId = EventIds.For(EventType.Gap, mmsi, off, 0);
        var position = GeoPoint.Create(25 + i * 0.01, 130);
        var evidence = new OpenGapEvidence(new EvidenceFix(off, position), 6 * 3600, 3.5, 3.0, 6, 17, 0.857);
        return new PicketAlert(AlertIds.For(AlertRule.WatchlistDark, eventId), AlertRule.WatchlistDark,
            revision == 0 ? AlertState.Raised : AlertState.Updated, revision, EventType.Gap, eventId, off, off.AddHours(6),
            off.AddHours(6), off.AddHours(6), position, [new EventVessel(mmsi, 9_123_457, "SEA STAR")], "watched vessel went dark (watchlist: test)", evidence);
    }
}
