namespace Picket.Store.Ingest;

/// <summary>
/// One position report ready for the <c>positions</c> table, in the units AIS sends (ITU-R M.1371-5, message 1):
/// latitude and longitude in 1/10,000 minute (degrees × 600,000), speed in 0.1 knot, course in 0.1°. Integers append
/// faster and store smaller than floating point (measured, see README); the <c>positions_deg</c> view and the Parquet
/// export give degrees and knots. Kept unmanaged so a batch is one flat array: "not available" is a sentinel
/// (<see cref="NoPosition"/>, <see cref="NoValue"/>, heading -1, status 255, time <see cref="long.MinValue"/>) that
/// becomes SQL NULL.
/// </summary>
/// <param name="Mmsi">The reporting station's MMSI.</param>
/// <param name="TimeMs">Reception time in UNIX milliseconds; <see cref="NoTime"/> when the input gave none.</param>
/// <param name="Latitude">Latitude in 1/10,000 minute; <see cref="NoPosition"/> when not available (91°).</param>
/// <param name="Longitude">Longitude in 1/10,000 minute; <see cref="NoPosition"/> when not available (181°).</param>
/// <param name="Speed">Speed over ground in 0.1 knot; <see cref="NoValue"/> when not available (1023).</param>
/// <param name="Course">Course over ground in 0.1°; <see cref="NoValue"/> when not available (3600).</param>
/// <param name="Heading">True heading in degrees; <see cref="NoHeading"/> when not available (511).</param>
/// <param name="Status">Navigational status (ITU-R M.1371-5 Table 45); <see cref="NoStatus"/> for class B, which sends none.</param>
/// <param name="MessageType">The AIS message type it came from (1–3, 18, 19, 27; 0 for a CSV row).</param>
public readonly record struct PositionRow(
    uint Mmsi, long TimeMs, int Latitude, int Longitude, ushort Speed, ushort Course, short Heading, byte Status,
    byte MessageType)
{
    /// <summary>Units of <see cref="Latitude"/>/<see cref="Longitude"/> per degree: 60 minutes × 10,000.</summary>
    public const double UnitsPerDegree = 600_000;
    /// <summary><see cref="TimeMs"/> of a row whose input gave no reception time; stored as NULL.</summary>
    public const long NoTime = long.MinValue;
    /// <summary><see cref="Latitude"/>/<see cref="Longitude"/> not available; stored as NULL.</summary>
    public const int NoPosition = int.MinValue;
    /// <summary><see cref="Speed"/>/<see cref="Course"/> not available; stored as NULL.</summary>
    public const ushort NoValue = ushort.MaxValue;
    /// <summary><see cref="Heading"/> not available; stored as NULL.</summary>
    public const short NoHeading = -1;
    /// <summary><see cref="Status"/> not sent (class B) or not given; stored as NULL.</summary>
    public const byte NoStatus = 255;

    /// <summary>Latitude in decimal degrees; NaN when not available.</summary>
    public double LatitudeDegrees => Latitude == NoPosition ? double.NaN : Latitude / UnitsPerDegree;
    /// <summary>Longitude in decimal degrees; NaN when not available.</summary>
    public double LongitudeDegrees => Longitude == NoPosition ? double.NaN : Longitude / UnitsPerDegree;
}
