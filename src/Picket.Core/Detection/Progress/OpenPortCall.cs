using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>A port call not yet left: the vessel came within the entry radius at <see cref="Entry"/> and has not been seen beyond the exit radius since.</summary>
/// <param name="Mmsi">The vessel.</param>
/// <param name="SegmentId">Its track segment (part of the call's event id).</param>
/// <param name="Entry">First fix in port: the event's start.</param>
/// <param name="Position">The port's reference point.</param>
/// <param name="Evidence">The evidence the event would carry if the call ended at its last fix in port now.</param>
public readonly record struct OpenPortCall(Mmsi Mmsi, long SegmentId, DateTimeOffset Entry, GeoPoint Position, PortCallEvidence Evidence)
{
    /// <summary>The id the call's event will have (<see cref="EventIds"/>).</summary>
    public string EventId => EventIds.For(EventType.PortCall, Mmsi, Entry, SegmentId);
}
