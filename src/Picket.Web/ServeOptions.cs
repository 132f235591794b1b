using Picket.Web.Security;

namespace Picket.Web;

/// <summary>How <c>picket serve</c> runs: the store it owns, the lists it screens against, where it listens, and its limits.</summary>
public sealed record ServeOptions
{
    /// <summary>The DuckDB store the server owns (created when absent).</summary>
    public required string StorePath { get; init; }

    /// <summary>The sanctions list folder for <c>/match</c> and list updates; null resolves the standard folder (<c>$PICKET_LISTS</c> or <c>~/.picket/lists</c>).</summary>
    public string? ListsDirectory { get; init; }

    /// <summary>Where to listen (semicolon-separated URLs); loopback by default.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The key writes need (and every request from another machine not authenticated by <see cref="TrustedProxy"/>); null = no key.</summary>
    public string? ApiKey { get; init; }

    /// <summary>
    /// A reverse proxy that authenticates users and names them in a header; null = none. Like a key, it lets the server
    /// listen beyond loopback.
    /// </summary>
    public TrustedProxy? TrustedProxy { get; init; }

    /// <summary>Largest accepted request body for an upload (bytes); larger ones answer 413 and nothing is stored.</summary>
    public long MaxUploadBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Requests per second one client address may make (token bucket, burst of the same size); 0 = no limit.</summary>
    public int RequestsPerSecond { get; init; } = 2000;

    /// <summary>Server-side folder that <c>POST /api/v1/analyses</c> may name files in (<c>{"paths": [...]}</c>); null = none.</summary>
    public string? InputDirectory { get; init; }

    /// <summary>Where uploads and each analysis' outputs go; null = a <c>serve-work</c> folder beside the store.</summary>
    public string? WorkDirectory { get; init; }

    /// <summary>A live watch to run inside the server (its positions, alerts and status under <c>/api/v1/live</c>); null for none.</summary>
    public LiveWatchOptions? Watch { get; init; }

    /// <summary>The dashboard's static files; null = the <c>wwwroot</c> folder beside this assembly.</summary>
    public string? StaticFiles { get; init; }
}
