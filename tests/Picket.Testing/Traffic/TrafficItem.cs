using Picket.Core;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Testing.Traffic;

/// <summary>One item of synthetic traffic: a position fix or an identity report, as the track builder takes them.</summary>
public readonly record struct TrafficItem(bool IsIdentity, VesselFix Fix, IdentityReport Identity)
{
    public static TrafficItem Of(in VesselFix fix) => new(false, fix, default);

    public static TrafficItem Of(in IdentityReport identity) => new(true, default, identity);

    public DateTimeOffset Time => IsIdentity ? Identity.Time : Fix.Time;

    public Mmsi Mmsi => IsIdentity ? Identity.Mmsi : Fix.Mmsi;

    /// <summary>Hands the item to <paramref name="tracker"/>.</summary>
    public void FeedTo(VesselTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        if (IsIdentity)
            tracker.Add(Identity);
        else
            tracker.Add(Fix);
    }

    /// <summary>Feeds every item to <paramref name="tracker"/> and flushes it.</summary>
    public static void FeedAll(VesselTracker tracker, IEnumerable<TrafficItem> items)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
            item.FeedTo(tracker);
        tracker.Flush();
    }
}
