using Npgsql;
using StackExchange.Redis;

namespace Picket.Cluster;

/// <summary>Where a cluster keeps its membership and grain state.</summary>
public enum ClusterStoreKind
{
    Redis,
    Postgres,
}

/// <summary>
/// The cluster's store, as <c>--redis HOST:PORT</c> or <c>--postgres CONN</c> name it. <see cref="TryCreate"/> checks the
/// text before any host is built, so a malformed one is a usage message rather than an exception from Orleans' start.
/// </summary>
public readonly record struct ClusterStore(ClusterStoreKind Kind, string Connection)
{
    /// <summary>
    /// Npgsql opens up to 100 connections per process by default and PostgreSQL serves 100 in all by default, so three
    /// silos writing grain state at once ran out of slots in a trial here; each process keeps to this unless the connection
    /// string says otherwise.
    /// </summary>
    public const int DefaultPostgresPoolSize = 20;

    /// <summary>Exactly one of <paramref name="redis"/> and <paramref name="postgres"/>; otherwise null and the reason.</summary>
    public static ClusterStore? TryCreate(string? redis, string? postgres, out string? error)
    {
        error = null;
        bool hasRedis = !string.IsNullOrWhiteSpace(redis), hasPostgres = !string.IsNullOrWhiteSpace(postgres);
        if (hasRedis == hasPostgres)
        {
            error = hasRedis
                ? "give either --redis or --postgres, not both: the cluster keeps its membership and grain state in one store"
                : "give the cluster's store: --redis HOST:PORT or --postgres \"Host=…;Database=…;Username=…\"";
            return null;
        }
        if (hasRedis)
        {
            try
            {
                var parsed = ConfigurationOptions.Parse(redis!);
                if (parsed.EndPoints.Count == 0) { error = $"--redis {redis}: no HOST:PORT in it"; return null; }
            }
            catch (ArgumentException e)
            {
                error = $"--redis {redis}: {e.Message}";
                return null;
            }
            return new ClusterStore(ClusterStoreKind.Redis, redis!);
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(postgres);
            if (string.IsNullOrEmpty(builder.Host)) { error = "--postgres: the connection string names no Host (e.g. \"Host=127.0.0.1;Port=5432;Database=picket;Username=picket\")"; return null; }
            if (!postgres!.Contains("Pool Size", StringComparison.OrdinalIgnoreCase) && !postgres.Contains("MaxPoolSize", StringComparison.OrdinalIgnoreCase))
                builder.MaxPoolSize = DefaultPostgresPoolSize;
            return new ClusterStore(ClusterStoreKind.Postgres, builder.ConnectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            error = $"--postgres: {e.Message}";
            return null;
        }
    }

    /// <summary>For messages: the store without a password.</summary>
    public override string ToString()
    {
        if (Kind == ClusterStoreKind.Redis) return "redis " + Connection;
        var b = new NpgsqlConnectionStringBuilder(Connection);
        return $"postgres {b.Host}:{b.Port}/{b.Database}";
    }
}
