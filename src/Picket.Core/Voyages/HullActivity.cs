using Picket.Core.Geo;
using Picket.Core.Ports;
using Picket.Core.Vessels;

namespace Picket.Core.Voyages;

/// <summary>A port call of one hull, as the port-call detector reported it.</summary>
/// <param name="EventId">The <c>port_call</c> event's id.</param>
/// <param name="Port">The port called at.</param>
/// <param name="Start">UTC time of the first fix within the port's radius.</param>
/// <param name="End">UTC time of the last fix within the port's radius.</param>
/// <param name="ExitObserved">False when the call was still open at the end of the hull's track (input ended in port).</param>
public readonly record struct CallRecord(string EventId, Port Port, DateTimeOffset Start, DateTimeOffset End, bool ExitObserved);

/// <summary>A dark period of one hull: where it was last heard and where it was heard again.</summary>
/// <param name="EventId">The <c>gap</c> event's id.</param>
/// <param name="Start">UTC time of the last fix before the silence.</param>
/// <param name="End">UTC time of the first fix after it.</param>
/// <param name="Off">Where the hull went silent.</param>
/// <param name="On">Where it was heard again.</param>
/// <param name="Confidence">The gap event's confidence, 0–1.</param>
public readonly record struct DarkPeriod(string EventId, DateTimeOffset Start, DateTimeOffset End, GeoPoint Off, GeoPoint On, double Confidence);

/// <summary>A meeting at sea of this hull with <see cref="Partner"/> (an encounter, or a loitering fitted to a partner's dark period).</summary>
/// <param name="EventId">The <c>encounter</c> or <c>loitering</c> event's id.</param>
/// <param name="Partner">The other hull.</param>
/// <param name="Start">UTC start of the meeting.</param>
/// <param name="End">UTC end of the meeting.</param>
/// <param name="Position">Where the meeting began.</param>
/// <param name="PartnerDark">True when the partner was dark (a loitering fitted to its gap), not seen alongside.</param>
public readonly record struct MeetingRecord(string EventId, Mmsi Partner, DateTimeOffset Start, DateTimeOffset End, GeoPoint Position, bool PartnerDark);

/// <summary>Slow drifting at sea with no partner seen.</summary>
/// <param name="EventId">The <c>loitering</c> event's id.</param>
/// <param name="Start">UTC start of the loitering.</param>
/// <param name="End">UTC end of the loitering.</param>
/// <param name="Position">Where it began.</param>
public readonly record struct LoiterRecord(string EventId, DateTimeOffset Start, DateTimeOffset End, GeoPoint Position);

/// <summary>A draught the crew entered, as broadcast (ITU-R M.1371-5 message 5, 0.1 m steps).</summary>
/// <param name="Time">UTC time of the report that declared it.</param>
/// <param name="Metres">The declared draught in metres.</param>
public readonly record struct DraughtRecord(DateTimeOffset Time, double Metres);

/// <summary>A destination and ETA the crew entered, as broadcast; kept when it changes.</summary>
/// <param name="Time">UTC time of the report that declared it.</param>
/// <param name="Text">The destination as typed.</param>
/// <param name="Eta">The ETA declared with it, UTC, or null.</param>
public readonly record struct DestinationRecord(DateTimeOffset Time, string Text, DateTimeOffset? Eta);

/// <summary>
/// Everything the voyage builder needs of one hull, from the stages before it: its port calls, gaps, meetings and
/// loitering (detection) and its declared draught and destination (identity reports). <see cref="LastSeen"/> is the
/// hull's last fix, so a voyage still under way at the end of the input is reported open rather than invented.
/// </summary>
/// <param name="mmsi">The hull's MMSI.</param>
public sealed class HullActivity(Mmsi mmsi)
{
    /// <summary>The hull's MMSI.</summary>
    public Mmsi Mmsi { get; } = mmsi;
    /// <summary>The last ship type the hull broadcast, or null.</summary>
    public ShipType? ShipType { get; set; }
    // The seen span is widened for every fix of the hull (HullActivityCollector.OnFix): kept as plain fields and compared
    // as UTC ticks, where nullable DateTimeOffset properties cost a copy and a conversion per comparison.
    private DateTimeOffset _first, _last;
    private long _firstTicks, _lastTicks;
    private bool _hasFirst, _hasLast;

    /// <summary>UTC time of the earliest fix or event of the hull, or null before any.</summary>
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

    /// <summary>UTC time of the latest fix or event of the hull, or null before any.</summary>
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

    /// <summary>Port calls, in the order the detectors reported them.</summary>
    public List<CallRecord> Calls { get; } = [];
    /// <summary>Closed gaps (a still-open gap has no end position and is not listed).</summary>
    public List<DarkPeriod> Gaps { get; } = [];
    /// <summary>Encounters and loitering fitted to a dark partner.</summary>
    public List<MeetingRecord> Meetings { get; } = [];
    /// <summary>Loitering with no partner.</summary>
    public List<LoiterRecord> Loitering { get; } = [];
    /// <summary>Declared draughts, kept when they change by 0.05 m or more.</summary>
    public List<DraughtRecord> Draughts { get; } = [];
    /// <summary>Declared destinations, kept when the text changes.</summary>
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
