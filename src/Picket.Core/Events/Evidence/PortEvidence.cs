using Picket.Core.Ports;

namespace Picket.Core.Events;

/// <summary>
/// A port quoted as evidence: name, country, locode, dprk, then what the event adds — the distance to it
/// (<c>nearest_port</c>), the gazetteer it came from (<c>port</c> of a port call) or when the vessel was last seen in
/// it (<c>last_port</c> of a draught change). Absent additions are not written.
/// </summary>
public sealed record PortEvidence(string Name, string? Country, string? Locode, bool Dprk,
    double? DistanceKm = null, string? Source = null, DateTimeOffset? LastSeen = null)
{
    /// <summary>The port's name, country, locode and DPRK mark, without the additions.</summary>
    public static PortEvidence Of(Port port) => new(port.Name, port.Country, port.Locode, port.IsDprk);
}
