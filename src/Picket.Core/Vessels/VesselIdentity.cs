namespace Picket.Core.Vessels;

/// <summary>
/// One state of a vessel's broadcast identity: the merge of every static report so far, valid from
/// <see cref="From"/> until the next entry in its <see cref="IdentityHistory"/>.
/// </summary>
/// <param name="Mmsi">The MMSI that broadcast this identity.</param>
/// <param name="From">UTC time of the report that made this state, the start of its validity.</param>
/// <param name="Name">Vessel name as last broadcast (type 5, 19 or 24 part A; up to 20 characters), null when never sent.</param>
/// <param name="Imo">IMO number as broadcast, check digit not verified (see <see cref="IdentityFlags.InvalidImoCheckDigit"/>); null when not sent or 0.</param>
/// <param name="CallSign">Radio call sign as broadcast (up to 7 characters), null when never sent.</param>
/// <param name="ShipType">Type of ship and cargo, null when never sent.</param>
/// <param name="Dimensions">Dimensions to the position reference point, null when never sent.</param>
/// <param name="DraughtMetres">Present static draught in metres as the crew set it (type 5: 0.1 m steps up to 25.5 m), null when not available.</param>
/// <param name="Destination">Destination as typed by the crew (free text, often a UN/LOCODE or an abbreviation), null when never sent.</param>
/// <param name="Eta">Estimated time of arrival in UTC as the crew set it (type 5 gives month, day, hour and minute only); null when not available.</param>
/// <param name="SeenClassA">Whether a Class A static report (type 5) has been heard from this MMSI.</param>
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
    /// <summary>The flag state named by the MMSI's MID, or null when the MID is not assigned to a country.</summary>
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
