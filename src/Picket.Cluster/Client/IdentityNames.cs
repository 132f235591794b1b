using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Cluster.Client;

/// <summary>
/// Each vessel's name and IMO as the library's identity tracker resolves them, recorded whenever they change with the
/// stream time reached then, so that an event detected on the grains is named as one process names it: by what was
/// heard before it was emitted, not by what was heard last (a renamed vessel keeps its old name on its old events).
/// </summary>
internal sealed class IdentityNames
{
    private readonly IdentityTracker _identities = new(new NullEventSink());
    private readonly Dictionary<uint, List<(long Ticks, EventVessel Vessel)>> _history = [];

    public void Add(in IdentityReport report, long streamTicks)
    {
        _identities.Add(report);
        var now = _identities.Resolve(report.Mmsi);
        if (!_history.TryGetValue(report.Mmsi.Value, out var list))
            _history[report.Mmsi.Value] = list = [];
        if (list.Count == 0 || list[^1].Vessel != now)
            list.Add((streamTicks, now));
    }

    /// <summary>The vessel as named when the stream had reached <paramref name="ticks"/>; null if nothing was heard of it.</summary>
    public EventVessel? At(Mmsi mmsi, long ticks)
    {
        if (!_history.TryGetValue(mmsi.Value, out var list))
            return null;
        EventVessel? found = new EventVessel(mmsi);
        foreach (var (t, v) in list)
        {
            if (t >= ticks)
                break;
            found = v;
        }
        return found;
    }
}
