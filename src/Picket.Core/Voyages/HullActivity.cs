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
    public DateTimeOffset? FirstSeen { get; set; }
    public DateTimeOffset? LastSeen { get; set; }
    public List<CallRecord> Calls { get; } = [];
    public List<DarkPeriod> Gaps { get; } = [];
    public List<MeetingRecord> Meetings { get; } = [];
    public List<LoiterRecord> Loitering { get; } = [];
    public List<DraughtRecord> Draughts { get; } = [];
    public List<DestinationRecord> Destinations { get; } = [];

    /// <summary>Widens the seen span; every record the hull gets passes through here.</summary>
    public void Saw(DateTimeOffset start, DateTimeOffset end)
    {
        if (FirstSeen is not { } f || start < f) FirstSeen = start;
        if (LastSeen is not { } l || end > l) LastSeen = end;
    }
}
