using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Vessels;

namespace Picket.Core.Voyages;

/// <summary>A port call of one hull, as the port-call detector reported it.</summary>
/// <param name="ExitObserved">False when the call was still open at the end of the hull's track (input ended in port).</param>
public readonly record struct CallRecord(string EventId, Port Port, DateTimeOffset Start, DateTimeOffset End, bool ExitObserved);

/// <summary>A dark period of one hull: where it was last heard and where it was heard again.</summary>
public readonly record struct DarkPeriod(string EventId, DateTimeOffset Start, DateTimeOffset End, GeoPoint Off, GeoPoint On, double Confidence);

/// <summary>A meeting at sea of this hull with <see cref="Partner"/> (an encounter, or a loitering fitted to a partner's dark period).</summary>
public readonly record struct MeetingRecord(string EventId, Mmsi Partner, DateTimeOffset Start, DateTimeOffset End, GeoPoint Position, bool PartnerDark);

/// <summary>Slow drifting at sea with no partner seen.</summary>
public readonly record struct LoiterRecord(string EventId, DateTimeOffset Start, DateTimeOffset End, GeoPoint Position);

/// <summary>A draught the crew entered, as broadcast (ITU-R M.1371-5 message 5, 0.1 m steps).</summary>
public readonly record struct DraughtRecord(DateTimeOffset Time, double Metres);

/// <summary>A destination and ETA the crew entered, as broadcast; kept when it changes.</summary>
public readonly record struct DestinationRecord(DateTimeOffset Time, string Text, DateTimeOffset? Eta);

/// <summary>
/// Everything the voyage builder needs of one hull, from the stages before it: its port calls, gaps, meetings and
/// loitering (detection) and its declared draught and destination (identity reports). <see cref="LastSeen"/> is the
/// hull's last fix, so a voyage still under way at the end of the input is reported open rather than invented.
/// </summary>
public sealed class HullActivity(Mmsi mmsi)
{
    public Mmsi Mmsi { get; } = mmsi;
    public ShipType? ShipType { get; set; }
    // The seen span is widened for every fix of the hull (HullActivityCollector.OnFix): kept as plain fields and compared
    // as UTC ticks, where nullable DateTimeOffset properties cost a copy and a conversion per comparison.
    private DateTimeOffset _first, _last;
    private long _firstTicks, _lastTicks;
    private bool _hasFirst, _hasLast;

    public DateTimeOffset? FirstSeen
    {
        get => _hasFirst ? _first : null;
        set
        {
            _hasFirst = value.HasValue;
            _first = value.GetValueOrDefault();
            _firstTicks = _first.UtcTicks;
        }
    }

    public DateTimeOffset? LastSeen
    {
        get => _hasLast ? _last : null;
        set
        {
            _hasLast = value.HasValue;
            _last = value.GetValueOrDefault();
            _lastTicks = _last.UtcTicks;
        }
    }

    public List<CallRecord> Calls { get; } = [];
    public List<DarkPeriod> Gaps { get; } = [];
    public List<MeetingRecord> Meetings { get; } = [];
    public List<LoiterRecord> Loitering { get; } = [];
    public List<DraughtRecord> Draughts { get; } = [];
    public List<DestinationRecord> Destinations { get; } = [];

    /// <summary>Widens the seen span; every record the hull gets passes through here.</summary>
    public void Saw(DateTimeOffset start, DateTimeOffset end)
    {
        // DateTimeOffset order is the order of the UTC instants: the same test on ticks.
        var startTicks = start.UtcTicks;
        if (!_hasFirst || startTicks < _firstTicks)
        {
            (_first, _firstTicks, _hasFirst) = (start, startTicks, true);
        }
        var endTicks = end.UtcTicks;
        if (!_hasLast || endTicks > _lastTicks)
        {
            (_last, _lastTicks, _hasLast) = (end, endTicks, true);
        }
    }
}
