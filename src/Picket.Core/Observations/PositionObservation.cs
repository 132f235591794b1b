using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Observations;

/// <summary>
/// What one position report said, as decoded once and shared by every consumer: the analysis turns it into a
/// <see cref="VesselFix"/>, the store into a row. Nothing is dropped here — a report without a time or a position is
/// still an observation (the store keeps it with NULLs; the analysis counts it and skips it). Units are those of the
/// decoded messages (ITU-R M.1371-5): degrees, knots, degrees true; "not available" is NaN or null.
/// </summary>
/// <param name="TimeTicks">UTC ticks of the reception time, or <see cref="NoTime"/>.</param>
/// <param name="Lat">Degrees, NaN when not available.</param>
/// <param name="Lon">Degrees, NaN when not available.</param>
/// <param name="Status">Navigational status (M.1371-5 Table 48, 0–15), or <see cref="NoStatus"/> (Class B, or not given).</param>
/// <param name="MessageType">The AIS message type (1/2/3, 18, 19, 27), or 0 for a CSV export row (the exports do not say).</param>
/// <param name="Mmsi">The MMSI that sent the report.</param>
/// <param name="Sog">Speed over ground in knots (0–102.2), null when not available.</param>
/// <param name="Cog">Course over ground in degrees true [0, 360), null when not available.</param>
/// <param name="Heading">True heading in whole degrees 0–359, null when not available (511 on the air).</param>
/// <param name="Class">Class A (SOLAS ships) or Class B (smaller craft) transponder, from the message type or the export.</param>
public readonly record struct PositionObservation(
    Mmsi Mmsi, long TimeTicks, double Lat, double Lon, double? Sog, double? Cog, int? Heading, byte Status,
    byte MessageType, TransponderClass Class)
{
    /// <summary>The <see cref="TimeTicks"/> of a report heard without a reception time.</summary>
    public const long NoTime = long.MinValue;
    /// <summary>The <see cref="Status"/> of a report without a navigational status.</summary>
    public const byte NoStatus = 255;

    /// <summary>Whether the report has a reception time.</summary>
    public bool HasTime => TimeTicks != NoTime;

    /// <summary>True when both coordinates are available.</summary>
    public bool HasPosition => !double.IsNaN(Lat) && !double.IsNaN(Lon);

    /// <summary>The reception time; only meaningful when <see cref="HasTime"/>.</summary>
    public DateTimeOffset Time => new(TimeTicks, TimeSpan.Zero);

    /// <summary>UNIX milliseconds of the reception time, or <see cref="long.MinValue"/> without one.</summary>
    public long UnixMilliseconds => HasTime ? (TimeTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond : long.MinValue;

    /// <summary>The track builder's value; call only when <see cref="HasTime"/> and <see cref="HasPosition"/>.</summary>
    public VesselFix ToFix() => new(Mmsi, Time, Lat, Lon, Sog, Cog, Heading, Class);

    /// <summary>UTC ticks of UNIX milliseconds (the decoder's time), keeping "no time".</summary>
    public static long TicksOf(long unixMilliseconds) =>
        unixMilliseconds == long.MinValue ? NoTime : DateTime.UnixEpoch.Ticks + unixMilliseconds * TimeSpan.TicksPerMillisecond;
}
