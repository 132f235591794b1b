using System.Text.Json;
using System.Text.Json.Serialization;

namespace Picket.Web.Matching;

// The request and response shapes of yente's POST /match/{dataset} (yente/data/common.py: EntityMatchQuery,
// EntityExample, EntityMatchResponse, ScoredEntityResponse), so an existing yente client works unchanged. yente writes
// snake_case where the field has two words (first_seen, last_change); the names below follow it exactly.

/// <summary>The body: named queries, each an entity example; <c>weights</c> and <c>config</c> are accepted and echoed to nothing.</summary>
internal sealed record MatchRequest(
    [property: JsonPropertyName("queries")] Dictionary<string, EntityExample>? Queries,
    [property: JsonPropertyName("weights")] Dictionary<string, double>? Weights = null,
    [property: JsonPropertyName("config")] Dictionary<string, JsonElement>? Config = null);

/// <summary>An entity example: a FollowTheMoney schema and properties (each a string or a list of strings).</summary>
internal sealed record EntityExample(
    [property: JsonPropertyName("schema")] string? Schema,
    [property: JsonPropertyName("properties")] Dictionary<string, JsonElement>? Properties,
    [property: JsonPropertyName("id")] string? Id = null);

internal sealed record MatchResponse(
    [property: JsonPropertyName("responses")] Dictionary<string, EntityMatches> Responses,
    [property: JsonPropertyName("matcher")] MatcherInfo Matcher,
    [property: JsonPropertyName("limit")] int Limit);

/// <summary>Which algorithm answered, with the threshold applied (yente reports its matcher too).</summary>
internal sealed record MatcherInfo(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("threshold")] double Threshold,
    [property: JsonPropertyName("description")] string Description);

internal sealed record EntityMatches(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("results")] IReadOnlyList<ScoredEntity> Results,
    [property: JsonPropertyName("total")] TotalSpec Total,
    [property: JsonPropertyName("query")] EchoedQuery Query);

internal sealed record TotalSpec(
    [property: JsonPropertyName("value")] int Value,
    [property: JsonPropertyName("relation")] string Relation);

/// <summary>The query as understood (yente echoes the cleaned example).</summary>
internal sealed record EchoedQuery(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("properties")] Dictionary<string, List<string>> Properties);

internal sealed record ScoredEntity(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("caption")] string Caption,
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("properties")] Dictionary<string, List<string>> Properties,
    [property: JsonPropertyName("datasets")] IReadOnlyList<string> Datasets,
    [property: JsonPropertyName("referents")] IReadOnlyList<string> Referents,
    [property: JsonPropertyName("target")] bool Target,
    [property: JsonPropertyName("first_seen")] string? FirstSeen,
    [property: JsonPropertyName("last_seen")] string? LastSeen,
    [property: JsonPropertyName("last_change")] string? LastChange,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("match")] bool Match,
    [property: JsonPropertyName("features")] Dictionary<string, double> Features,
    [property: JsonPropertyName("explanations")] Dictionary<string, FeatureExplanation> Explanations,
    [property: JsonPropertyName("token")] string? Token);

/// <summary>Why a feature scored as it did (nomenklatura's FtResult: score, detail, and the values compared).</summary>
internal sealed record FeatureExplanation(
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("detail")] string Detail,
    [property: JsonPropertyName("query")] string? Query,
    [property: JsonPropertyName("candidate")] string? Candidate);

/// <summary>yente's error body (FastAPI): <c>{"detail": "…"}</c>.</summary>
internal sealed record YenteError([property: JsonPropertyName("detail")] string Detail);
