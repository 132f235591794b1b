using Picket.Ais.Csv;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Observations;

/// <summary>
/// The one mapping from CSV export rows (NOAA MarineCadastre, Danish Maritime Authority) to observations. A row is a
/// position and, when any identity column is filled, an identity (delivered after the position, with
/// <see cref="IdentityObservation.WithPosition"/>). An export repeats the identity on every row; which repeats matter
/// is the consumer's choice (<see cref="IdentityChanges"/>), not the mapping's. Values outside their M.1371-5 ranges
/// are "not given": ship type outside 1–255, IMO ≤ 0, draught outside (0, 25.5] m.
/// </summary>
public static class CsvObservations
{
    /// <summary>Hands the row's position, then its identity when any identity column is filled, to <paramref name="sink"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Map(CsvAisRecord r, IObservationSink sink)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(sink);
        var mmsi = new Mmsi(r.Mmsi);
        long ticks = r.Time.UtcTicks;
        var cls = r.TransceiverClass is "B" or "b" ? TransponderClass.B : r.TransceiverClass is "A" or "a" ? TransponderClass.A : TransponderClass.Unknown;
        sink.OnPosition(new PositionObservation(mmsi, ticks, r.Latitude ?? double.NaN, r.Longitude ?? double.NaN, r.Speed, r.Course,
            r.Heading, r.Status is { } st and >= 0 and <= 15 ? (byte)st : PositionObservation.NoStatus, 0, cls));
        string? name = AisObservations.Text(r.Name), callSign = AisObservations.Text(r.CallSign), destination = AisObservations.Text(r.Destination);
        int? imo = r.Imo is > 0 ? r.Imo : null;
        ShipType? type = r.ShipType is { } t and > 0 and < 256 ? new ShipType((byte)t) : null;
        var dimensions = CsvDimensions.From(r.Length, r.Width);
        double? draught = r.Draught is > 0 and < 25.6 ? r.Draught : null;
        if (name is null && imo is null && callSign is null && type is null && dimensions is null && draught is null && destination is null) return;
        var report = new IdentityReport(mmsi, new DateTimeOffset(ticks, TimeSpan.Zero),
            cls == TransponderClass.B ? IdentitySource.ClassBStatic : IdentitySource.ClassAStatic,
            name, imo, callSign, type, dimensions, draught, destination);
        sink.OnIdentity(new IdentityObservation(report, HasTime: true, 0, null, WithPosition: true));
    }
}
