using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Picket.Store;
using Picket.Web.Analyses;
using Picket.Web.Cap;
using Picket.Web.Data;
using Picket.Web.Docs;
using Picket.Web.Reference;
using Picket.Web.Events;
using Picket.Web.Tracks;
using Picket.Web.Hosting;
using Picket.Web.Live;
using Picket.Web.Matching;
using Picket.Web.Security;
using Picket.Web.Vessels;

namespace Picket.Web;

/// <summary>
/// <c>picket serve</c> as a library: builds the ASP.NET Core application over one store (opened once, read-write, by
/// this process) and the sanctions lists, or says why it cannot. The CLI and the tests host it the same way.
/// </summary>
public static class PicketServer
{
    /// <summary>Builds the application, or returns null with the reason (<see cref="ServeRefusal"/>).</summary>
    public static WebApplication? Build(ServeOptions options, out ServeRefusal? refusal, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        refusal = null;
        foreach (var url in ListenAddresses.Split(options.Urls))
        {
            if (!ListenAddresses.TryCheck(url, out bool loopback, out var error))
            {
                refusal = new ServeRefusal(ServeRefusalKind.Usage, error!);
                return null;
            }
            if (!loopback && string.IsNullOrEmpty(options.ApiKey) && options.TrustedProxy == null)
            {
                refusal = new ServeRefusal(ServeRefusalKind.Usage,
                    $"refusing to listen on {url} without an API key: beyond loopback every request must carry one (--api-key KEY or $PICKET_API_KEY) or come through a trusted proxy that names its user (--trust-proxy HEADER --proxy-address IP)");
                return null;
            }
        }
        if (options.Watch is { Sources.Count: 0 })
        {
            refusal = new ServeRefusal(ServeRefusalKind.Usage, "--watch needs at least one source");
            return null;
        }
        if (!StoreDatabase.TryOpen(options.StorePath, out var store, out var storeError))
        {
            refusal = new ServeRefusal(ServeRefusalKind.Store, storeError!);
            return null;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Larger bodies are refused per endpoint (uploads may reach MaxUploadBytes, everything else 1 MB).
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes;
            k.AddServerHeader = false;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(j => j.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never);
        var readers = new StoreReaders(store!, Math.Max(2, Environment.ProcessorCount * 2));
        var state = new ServerState(readers, options);
        builder.Services.AddSingleton(state);
        var lists = new LoadedLists(Picket.Screening.Sources.ListStore.Resolve(options.ListsDirectory));
        builder.Services.AddSingleton(lists);
        var runner = new AnalysisRunner(state, lists.Store.Root, TimeProvider.System);
        builder.Services.AddSingleton(runner);
        var watch = options.Watch is { } w ? new LiveWatch(state, w, w.Directory ?? Path.Combine(AnalysisEndpoints.WorkDirectory(options), "watch"), lists.Store.Root) : null;
        if (watch != null) builder.Services.AddSingleton(watch);
        builder.Services.AddOpenApi("v1");
        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            if (options.RequestsPerSecond > 0)
                r.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx => RateLimitPartition.GetTokenBucketLimiter(
                    ClientPartition(ctx, options.TrustedProxy), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = options.RequestsPerSecond,
                        TokensPerPeriod = options.RequestsPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            r.OnRejected = (ctx, ct) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "1";
                return new ValueTask(ctx.HttpContext.Response.WriteAsJsonAsync(new ApiError("too many requests; slow down"), ct));
            };
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Lifetime.ApplicationStopping.Register(runner.Dispose);
        app.Lifetime.ApplicationStopped.Register(readers.Dispose);
        if (watch != null)
        {
            // The watch starts once the server listens, and stops (writing its last checkpoint) before the store closes.
            app.Lifetime.ApplicationStarted.Register(watch.Start);
            app.Lifetime.ApplicationStopping.Register(watch.Stop);
            app.Lifetime.ApplicationStopped.Register(watch.Dispose);
        }
        state.RefreshVessels();
        _ = state.RefreshOrderedPositions();
        app.UseSecurityHeaders();
        app.UseRateLimiter();
        app.UseReadGate(options.ApiKey, options.TrustedProxy);
        app.UseDashboard(options.StaticFiles);
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapDocsPage();
        app.MapMatch();
        var api = app.MapGroup("/api/v1");
        api.MapVessels();
        api.MapTracks();
        api.MapEvents();
        api.MapCap();
        api.MapReference();
        api.MapAnalyses(options);
        api.MapLists(options);
        if (watch != null) api.MapLive(watch);
        return app;
    }

    // Behind a proxy every request comes from the proxy's address: one bucket per proxied user, not one for all of them.
    private static string ClientPartition(HttpContext context, TrustedProxy? proxy) =>
        RequestAuthentication.ProxyUserOf(context, proxy) is { } user
            ? "user:" + user
            : context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

/// <summary>Why the server did not start: a usage problem (exit code 2) or a store that cannot be opened (5).</summary>
public sealed record ServeRefusal(ServeRefusalKind Kind, string Message);

/// <summary>The kind of reason a server did not start, which the CLI maps to an exit code.</summary>
public enum ServeRefusalKind
{
    /// <summary>The options cannot work as given (a bad URL, no key or trusted proxy beyond loopback).</summary>
    Usage,

    /// <summary>The store cannot be opened or created.</summary>
    Store,
}
