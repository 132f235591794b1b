using Picket.Core.Ports;

namespace Picket.Core.Events;

/// <summary>
/// A port quoted as evidence: name, country, locode, dprk, then what the event adds — the distance to it
/// (<c>nearest_port</c>), the gazetteer it came from (<c>port</c> of a port call) or when the vessel was last seen in
/// it (<c>last_port</c> of a draught change). Absent additions are not written.
/// </summary>
/// <param name="Name">The port's name.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code, or null.</param>
/// <param name="Locode">UN/LOCODE, or null.</param>
/// <param name="Dprk">Whether the port is in the DPRK.</param>
/// <param name="DistanceKm">Distance to it, km (<c>nearest_port</c>), or null.</param>
/// <param name="Source">The gazetteer: <c>wpi</c> or <c>approximate</c> (<c>port</c> of a port call), or null.</param>
/// <param name="LastSeen">When the vessel was last seen in it, UTC (<c>last_port</c> of a draught change), or null.</param>
public sealed record PortEvidence(string Name, string? Country, string? Locode, bool Dprk,
    double? DistanceKm = null, string? Source = null, DateTimeOffset? LastSeen = null)
{
    /// <summary>The port's name, country, locode and DPRK mark, without the additions.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="port"/> is null.</exception>
    public static PortEvidence Of(Port port)
    {
        ArgumentNullException.ThrowIfNull(port);
        return new(port.Name, port.Country, port.Locode, port.IsDprk);
    }
}
