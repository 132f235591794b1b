namespace Picket.Web.Vessels;

/// <summary>A vessel's risk in a list: the score (0–100) and its band (see <see cref="RiskBands"/>).</summary>
public sealed record RiskSummary(double Score, string Band);

/// <summary>One vessel in a search result (<c>GET /api/v1/vessels</c>).</summary>
/// <param name="MatchedOn">How the query found it: <c>name</c> (prefix of a name it used), <c>mmsi</c>, <c>imo</c> (prefixes), <c>fuzzy</c> (a similar name), or <c>all</c> (no query).</param>
public sealed record VesselSummary(uint Mmsi, int? Imo, string? Name, string? CallSign, string? Flag, int? ShipType, RiskSummary Risk, string MatchedOn);

/// <summary>The answer of <c>GET /api/v1/vessels</c>: highest risk first, then by name.</summary>
public sealed record VesselSearchResponse(IReadOnlyList<VesselSummary> Vessels);

/// <summary>Risk bands of the API: the assessment calls a vessel high risk from 50 points (RiskAssessor.HighRiskThreshold).</summary>
public static class RiskBands
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
