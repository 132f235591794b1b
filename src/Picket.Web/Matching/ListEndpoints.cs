using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Picket.Screening.Sources;
using Picket.Web.Security;

namespace Picket.Web.Matching;

/// <summary>One loaded list: its dataset name and entity count.</summary>
internal sealed record LoadedListSummary(string Dataset, string File, int Entities, int Issues);

internal sealed record ListsResponse(string Folder, int Entities, IReadOnlyList<LoadedListSummary> Lists);

/// <summary>A list's update: whether it was replaced, or why not (the previous copy is kept).</summary>
internal sealed record ListUpdateRow(string List, bool Updated, bool Refused, string? Reason, int? Entities);

internal sealed record ListUpdateResponse(IReadOnlyList<ListUpdateRow> Lists, int Entities);

/// <summary><c>/api/v1/lists</c>: what is loaded, and an update of the official lists through the atomic update of <c>picket lists update</c>.</summary>
internal static class ListEndpoints
{
    public static RouteGroupBuilder MapLists(this RouteGroupBuilder api, ServeOptions options)
    {
        api.MapGet("/lists", async (LoadedLists lists) =>
        {
            var loaded = await lists.Current;
            return TypedResults.Ok(new ListsResponse(lists.Store.Root, loaded.Entities.Count,
                [.. loaded.Results.Select(r => new LoadedListSummary(DatasetNames.Of(r.Source), Path.GetFileName(r.Path), r.Entities.Count, r.Issues.Count))]));
        })
        .WithName("getLists")
        .WithSummary("The sanctions lists loaded for /match and their entity counts.");

        api.MapPost("/lists/update", async Task<Results<Ok<ListUpdateResponse>, Conflict<ApiError>>> (LoadedLists lists, string? list, CancellationToken ct) =>
        {
            var chosen = string.IsNullOrEmpty(list) ? OfficialLists.All : [.. OfficialLists.All.Where(l => l.Name == list)];
            var outcomes = await ListUpdater.UpdateAsync(lists.Store, chosen, mirror: null, TimeSpan.FromMinutes(5),
                new ListUpdateLimits(null, ListShrinkGuard.DefaultMaxShrink, Force: false), ct: ct);
            if (outcomes == null) return TypedResults.Conflict(new ApiError("another list update or load is running on this list folder; nothing changed"));
            var reloaded = await lists.ReloadAsync();
            return TypedResults.Ok(new ListUpdateResponse([.. outcomes.Select(o => new ListUpdateRow(o.List, o.Updated, o.Refused, o.Reason, o.Manifest?.Entities))],
                reloaded.Entities.Count));
        })
        .AddEndpointFilter(new KeyRequiredFilter(options.ApiKey, options.TrustedProxy))
        .WithName("updateLists")
        .WithSummary("Downloads the official lists (or ?list=un|ofac|eu|uk), validates each and swaps it in atomically, then reloads. Needs the API key.");
        return api;
    }
}
