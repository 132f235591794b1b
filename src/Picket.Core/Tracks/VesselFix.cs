using Picket.Core.Vessels;

namespace Picket.Core.Tracks;

/// <summary>
/// One decoded position report, as plain values: the track builder's input. Decoder adapters map AIS "not
/// available" codes to null (SOG 102.3, COG 360, heading 511) where they can; the builder still filters them
/// (and the noise bands around them) because not every source does. <see cref="Time"/> is the receive or tag-block
/// time in UTC.
/// </summary>
/// <param name="Mmsi">The MMSI that sent the report.</param>
/// <param name="Time">Receive or tag-block time, UTC.</param>
/// <param name="Lat">Latitude in decimal degrees, WGS84; not yet checked (the builder refuses what is out of range).</param>
/// <param name="Lon">Longitude in decimal degrees, WGS84; not yet checked.</param>
/// <param name="Sog">Speed over ground in knots, null when not available.</param>
/// <param name="Cog">Course over ground in degrees true [0, 360), null when not available.</param>
/// <param name="Heading">True heading in whole degrees 0–359, null when not available.</param>
/// <param name="Class">The kind of station that sent it.</param>
public readonly record struct VesselFix(
    Mmsi Mmsi,
    DateTimeOffset Time,
    double Lat,
    double Lon,
    double? Sog = null,
    double? Cog = null,
    int? Heading = null,
    TransponderClass Class = TransponderClass.Unknown);
