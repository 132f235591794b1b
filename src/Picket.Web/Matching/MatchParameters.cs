namespace Picket.Web.Matching;

/// <summary>The query-string parameters of yente's <c>/match</c> that Picket honours (yente/routers/match.py).</summary>
internal sealed record MatchParameters
{
    /// <summary>Score from which a result is a match (yente's default, 0.70).</summary>
    public double Threshold { get; init; } = 0.70;
    /// <summary>Results below this are not returned at all (yente's deprecated <c>cutoff</c>; default 0.5 here).</summary>
    public double Cutoff { get; init; } = 0.5;
    public int Limit { get; init; } = 5;
    public string Algorithm { get; init; } = "best";
    public IReadOnlyList<string> IncludeDatasets { get; init; } = [];
    public IReadOnlyList<string> ExcludeDatasets { get; init; } = [];
    public IReadOnlyList<string> ExcludeSchemata { get; init; } = [];
    public IReadOnlyList<string> ExcludeEntityIds { get; init; } = [];

    public const int MaxLimit = 500;
    public const int MaxQueries = 100;

    /// <summary>yente's algorithm names; Picket answers every one with its own matcher and says so in <c>matcher</c>.</summary>
    public static readonly IReadOnlySet<string> Algorithms = new HashSet<string>(StringComparer.Ordinal)
        { "best", "logic-v1", "logic-v2", "name-based", "name-qualified", "ofac", "regression-v1", "picket" };
}
