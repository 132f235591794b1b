using System.Globalization;
using Picket.Core.Vessels;

namespace Picket.Core.Events;

/// <summary>
/// Deterministic event ids: type, MMSI, start time and a discriminator (segment id, IMO…). The same input always
/// gives the same ids, so re-running an analysis or ingesting twice does not duplicate events downstream.
/// </summary>
public static class EventIds
{
    public static string For(EventType type, Mmsi mmsi, DateTimeOffset start, long discriminator) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{type.ToWireName()}:{mmsi}:{start.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}:{discriminator}");
}
