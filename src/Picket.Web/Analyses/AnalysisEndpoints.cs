using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Picket.Web.Hosting;
using Picket.Web.Security;

namespace Picket.Web.Analyses;

/// <summary><c>{"paths": [...]}</c>: files already on the server, inside the folder <c>picket serve --inputs</c> allows.</summary>
internal sealed record AnalysisPathsRequest(IReadOnlyList<string>? Paths);

/// <summary><c>/api/v1/analyses</c>: submit AIS files (uploaded or named on the server), follow the run, read its state.</summary>
internal static class AnalysisEndpoints
{
    public static RouteGroupBuilder MapAnalyses(this RouteGroupBuilder api, ServeOptions options)
    {
        api.MapPost("/analyses", async Task<IResult> (HttpContext ctx, AnalysisRunner runner, CancellationToken ct) =>
        {
            string id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            string work = Path.Combine(WorkDirectory(options), "analyses", id);
            IReadOnlyList<string> inputs;
            if (ctx.Request.HasFormContentType)
            {
                var upload = await UploadReceiver.ReceiveAsync(ctx.Request, Path.Combine(work, "uploads"), options.MaxUploadBytes, ct);
                if (upload.Error != null)
                {
                    TryDelete(work);
                    return TypedResults.Json(new ApiError(upload.Error), statusCode: upload.Status);
                }
                inputs = upload.Files;
            }
            else if (ctx.Request.HasJsonContentType())
            {
                AnalysisPathsRequest? body;
                try
                {
                    body = await ctx.Request.ReadFromJsonAsync<AnalysisPathsRequest>(ct);
                }
                catch (System.Text.Json.JsonException)
                {
                    return TypedResults.BadRequest(new ApiError("the body is not JSON of the form {\"paths\": [\"file\", …]}"));
                }
                if (!ServerPaths.TryResolve(options.InputDirectory, body?.Paths, out var resolved, out var error, out int status))
                    return TypedResults.Json(new ApiError(error!), statusCode: status);
                inputs = resolved;
            }
            else
            {
                return TypedResults.Json(new ApiError("send multipart/form-data with AIS files, or application/json {\"paths\": [...]}"),
                    statusCode: StatusCodes.Status415UnsupportedMediaType);
            }
            var run = runner.Submit(id, inputs, work);
            if (run == null)
            {
                TryDelete(work);
                return TypedResults.Json(new ApiError($"{AnalysisRunner.MaxQueued} analyses are already waiting; try again later"), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            return TypedResults.Accepted($"/api/v1/analyses/{id}", run.Status());
        })
        .AddEndpointFilter(new KeyRequiredFilter(options.ApiKey, options.TrustedProxy))
        .WithMetadata(new RequestSizeLimitAttribute(options.MaxUploadBytes))
        .DisableAntiforgery()
        .WithName("submitAnalysis")
        .WithSummary("Analyse AIS files into the store: multipart upload (NMEA or CSV, plain or gzip) or {\"paths\": [...]} under the server's --inputs folder. Needs the API key.")
        .Accepts<AnalysisPathsRequest>("application/json", "multipart/form-data")
        .Produces<AnalysisStatus>(StatusCodes.Status202Accepted)
        .Produces<ApiError>(StatusCodes.Status401Unauthorized)
        .Produces<ApiError>(StatusCodes.Status413PayloadTooLarge)
        .Produces<ApiError>(StatusCodes.Status415UnsupportedMediaType);

        api.MapGet("/analyses/{id}", Results<Ok<AnalysisStatus>, NotFound<ApiError>> (AnalysisRunner runner, string id) =>
            runner.Find(id) is { } run ? TypedResults.Ok(run.Status()) : TypedResults.NotFound(new ApiError("no such analysis")))
            .WithName("getAnalysis")
            .WithSummary("An analysis' state and, when done, what it added.");

        api.MapGet("/analyses/{id}/progress", Results<ServerSentEventsResult<AnalysisProgressEvent>, NotFound<ApiError>> (
            AnalysisRunner runner, IHostApplicationLifetime life, string id, CancellationToken ct) =>
        {
            if (runner.Find(id) is not { } run) return TypedResults.NotFound(new ApiError("no such analysis"));
            return TypedResults.ServerSentEvents(Follow(run, life.ApplicationStopping, ct), eventType: "progress");
        })
        .WithName("followAnalysis")
        .WithSummary("The analysis' progress as server-sent events (text/event-stream), from the start; ends after 'done' or 'failed'.");
        return api;
    }

    /// <summary>
    /// Every message so far, then each new one, until the run ends. The request's token does not fire when the server
    /// stops, so it is linked with ApplicationStopping: otherwise an open stream holds shutdown for the 30 s timeout.
    /// </summary>
    private static async IAsyncEnumerable<AnalysisProgressEvent> Follow(AnalysisRun run, CancellationToken stopping, [EnumeratorCancellation] CancellationToken request = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(request, stopping);
        int seen = 0;
        while (!linked.IsCancellationRequested)
        {
            var (events, changed) = run.Since(seen);
            foreach (var e in events)
            {
                seen++;
                yield return e;
                if (e.Kind is "done" or "failed") yield break;
            }
            try
            {
                await changed.WaitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }

    public static string WorkDirectory(ServeOptions options) =>
        options.WorkDirectory ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.StorePath))!, "serve-work");

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
