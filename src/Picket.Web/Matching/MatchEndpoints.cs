using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Picket.Web.Matching;

/// <summary><c>POST /match/{dataset}</c> at the root, as yente serves it.</summary>
internal static class MatchEndpoints
{
    /// <summary>A match body larger than this is refused (100 queries of a few names fit in a few kB).</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapMatch(this IEndpointRouteBuilder app)
    {
        app.MapPost("/match/{dataset}", async Task<Results<Ok<MatchResponse>, BadRequest<YenteError>, NotFound<YenteError>>> (
            LoadedLists lists, string dataset, [FromBody] MatchRequest request,
            double? threshold, double? cutoff, int? limit, string? algorithm,
            [FromQuery(Name = "include_dataset")] string[]? includeDataset, [FromQuery(Name = "exclude_dataset")] string[]? excludeDataset,
            [FromQuery(Name = "exclude_schema")] string[]? excludeSchema, [FromQuery(Name = "exclude_entity_ids")] string[]? excludeEntityIds) =>
        {
            if (!DatasetNames.Collections.Contains(dataset)) return TypedResults.NotFound(new YenteError($"dataset not found (this server has: {string.Join(", ", DatasetNames.Collections)})"));
            string algo = algorithm ?? "best";
            if (!MatchParameters.Algorithms.Contains(algo)) return TypedResults.BadRequest(new YenteError($"invalid algorithm (known: {string.Join(", ", MatchParameters.Algorithms.Order())})"));
            double t = threshold ?? 0.70, c = cutoff ?? Math.Min(0.5, t);
            if (!double.IsFinite(t) || t is < 0 or > 1 || !double.IsFinite(c) || c is < 0 or > 1) return TypedResults.BadRequest(new YenteError("threshold and cutoff are numbers from 0 to 1"));
            var p = new MatchParameters
            {
                Threshold = t, Cutoff = c, Limit = Math.Clamp(limit ?? 5, 1, MatchParameters.MaxLimit), Algorithm = algo,
                IncludeDatasets = includeDataset ?? [], ExcludeDatasets = excludeDataset ?? [], ExcludeSchemata = excludeSchema ?? [],
                ExcludeEntityIds = [.. (excludeEntityIds ?? []).Take(50)],
            };
            var loaded = await lists.Current;
            var response = YenteMatcher.Match(loaded, request, p, out var error);
            return response == null ? TypedResults.BadRequest(new YenteError(error!)) : TypedResults.Ok(response);
        })
        .WithName("match")
        .WithSummary("yente-compatible matching: named entity examples (schema + properties) against the sanctions lists.")
        .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        return app;
    }
}
