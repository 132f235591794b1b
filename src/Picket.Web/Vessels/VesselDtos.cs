namespace Picket.Web.Vessels;

/// <summary>A vessel's risk in a list: the score (0–100) and its band (see <see cref="RiskBands"/>).</summary>
internal sealed record RiskSummary(double Score, string Band);

/// <summary>One vessel in a search result (<c>GET /api/v1/vessels</c>).</summary>
/// <param name="Mmsi">The vessel's MMSI (ITU-R M.585: the radio, which a hull may change).</param>
/// <param name="Imo">The IMO number it reported (AIS message 5), null when none.</param>
/// <param name="Name">The name it reported last.</param>
/// <param name="CallSign">The call sign it reported last.</param>
/// <param name="Flag">ISO 3166 alpha-2: as the assessment found it, else the country of the MMSI's MID.</param>
/// <param name="ShipType">The AIS ship and cargo type code (ITU-R M.1371-5, Table 53).</param>
/// <param name="Risk">Its risk score and band.</param>
/// <param name="MatchedOn">How the query found it: <c>name</c> (prefix of a name it used), <c>mmsi</c>, <c>imo</c> (prefixes), <c>fuzzy</c> (a similar name), or <c>all</c> (no query).</param>
internal sealed record VesselSummary(uint Mmsi, int? Imo, string? Name, string? CallSign, string? Flag, int? ShipType, RiskSummary Risk, string MatchedOn);

/// <summary>The answer of <c>GET /api/v1/vessels</c>: highest risk first, then by name.</summary>
internal sealed record VesselSearchResponse(IReadOnlyList<VesselSummary> Vessels);

/// <summary>Risk bands of the API: the assessment calls a vessel high risk from 50 points (RiskAssessor.HighRiskThreshold).</summary>
internal static class RiskBands
{
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";
    /// <summary>No risk row: the store was filled by <c>picket ingest</c> alone, or the vessel was never assessed.</summary>
    public const string Unassessed = "unassessed";

    public static string Of(double? score, bool? highRisk) => score switch
    {
        null => Unassessed,
        _ when highRisk == true || score >= Core.Assessment.VesselRisk.HighRiskThreshold => High,
        >= 25 => Medium,
        _ => Low,
    };
}
