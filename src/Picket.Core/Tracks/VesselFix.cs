using Picket.Core.Vessels;

namespace Picket.Core.Tracks;

/// <summary>
/// One decoded position report, as plain values: the track builder's input. Decoder adapters map AIS "not
/// available" codes to null (SOG 102.3, COG 360, heading 511) where they can; the builder still filters them
/// (and the noise bands around them) because not every source does. <see cref="Time"/> is the receive or tag-block
/// time in UTC.
/// </summary>
public readonly record struct VesselFix(
    Mmsi Mmsi,
    DateTimeOffset Time,
    double Lat,
    double Lon,
    double? Sog = null,
    double? Cog = null,
    int? Heading = null,
    TransponderClass Class = TransponderClass.Unknown);
