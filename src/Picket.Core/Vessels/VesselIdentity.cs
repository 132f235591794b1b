namespace Picket.Core.Vessels;

/// <summary>
/// One state of a vessel's broadcast identity: the merge of every static report so far, valid from
/// <see cref="From"/> until the next entry in its <see cref="IdentityHistory"/>.
/// </summary>
public sealed record VesselIdentity(
    Mmsi Mmsi,
    DateTimeOffset From,
    string? Name,
    int? Imo,
    string? CallSign,
    ShipType? ShipType,
    VesselDimensions? Dimensions,
    double? DraughtMetres,
    string? Destination,
    DateTimeOffset? Eta,
    bool SeenClassA)
{
    public FlagState? Flag => Mmsi.Flag;

    /// <summary>The identity after applying <paramref name="report"/>; fields the report does not carry are kept.</summary>
    internal VesselIdentity Merge(in IdentityReport report) => this with
    {
        From = report.Time,
        Name = TextOrKeep(report.Name, Name),
        Imo = report.Imo is > 0 ? report.Imo : Imo,
        CallSign = TextOrKeep(report.CallSign, CallSign),
        ShipType = report.ShipType is { IsAvailable: true } ? report.ShipType : ShipType,
        Dimensions = report.Dimensions is { IsAvailable: true } ? report.Dimensions : Dimensions,
        DraughtMetres = report.DraughtMetres is > 0 ? report.DraughtMetres : DraughtMetres,
        Destination = TextOrKeep(report.Destination, Destination),
        Eta = report.Eta ?? Eta,
        SeenClassA = SeenClassA || report.Source == IdentitySource.ClassAStatic,
    };

    internal static VesselIdentity Empty(Mmsi mmsi, DateTimeOffset time) =>
        new(mmsi, time, null, null, null, null, null, null, null, null, false);

    /// <summary>Same broadcast identity, ignoring the time it took effect.</summary>
    internal bool SameAs(VesselIdentity other) => this with { From = other.From } == other;

    private static string? TextOrKeep(string? text, string? current)
    {
        var normal = IdentityText.Normalise(text);
        return normal is null ? current : normal;
    }
}
