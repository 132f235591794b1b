namespace Picket.Store.Ingest;

/// <summary>
/// One position report ready for the <c>positions</c> table, in the units AIS sends (ITU-R M.1371-5, message 1):
/// latitude and longitude in 1/10,000 minute (degrees × 600,000), speed in 0.1 knot, course in 0.1°. Integers append
/// faster and store smaller than floating point (measured, see README); the <c>positions_deg</c> view and the Parquet
/// export give degrees and knots. Kept unmanaged so a batch is one flat array: "not available" is a sentinel
/// (<see cref="NoPosition"/>, <see cref="NoValue"/>, heading -1, status 255, time <see cref="long.MinValue"/>) that
/// becomes SQL NULL.
/// </summary>
public readonly record struct PositionRow(
    uint Mmsi, long TimeMs, int Latitude, int Longitude, ushort Speed, ushort Course, short Heading, byte Status,
    byte MessageType)
{
    /// <summary>Units of <see cref="Latitude"/>/<see cref="Longitude"/> per degree: 60 minutes × 10,000.</summary>
    public const double UnitsPerDegree = 600_000;
    public const long NoTime = long.MinValue;
    public const int NoPosition = int.MinValue;
    public const ushort NoValue = ushort.MaxValue;
    public const short NoHeading = -1;
    public const byte NoStatus = 255;

    public double LatitudeDegrees => Latitude == NoPosition ? double.NaN : Latitude / UnitsPerDegree;
    public double LongitudeDegrees => Longitude == NoPosition ? double.NaN : Longitude / UnitsPerDegree;
}
