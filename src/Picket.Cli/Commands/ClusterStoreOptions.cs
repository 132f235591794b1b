using System.CommandLine;
using System.Net.Sockets;
using Npgsql;
using Picket.Cluster;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>--redis HOST:PORT</c> and <c>--postgres CONN</c>, of which a cluster command takes exactly one: where the cluster
/// keeps its membership and grain state.
/// </summary>
internal sealed class ClusterStoreOptions
{
    public Option<string?> Redis { get; } = new("--redis") { Description = "Redis HOST:PORT holding the cluster's membership and grain state" };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = "PostgreSQL connection string (\"Host=…;Port=5432;Database=…;Username=…;Password=…\") holding the cluster's membership and grain state; the tables are created when absent",
    };

    /// <summary>The store the options name, made ready (PostgreSQL's tables created when absent); a usage error otherwise.</summary>
    public async Task<ClusterStore> PrepareAsync(ParseResult parse, CancellationToken ct)
    {
        var store = ClusterStore.TryCreate(parse.GetValue(Redis), parse.GetValue(Postgres), out var error)
                    ?? throw CliError.Usage(error!);
        try
        {
            await ClusterHosting.PrepareAsync(store, ct);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw new CliError(ExitCodes.InputError, $"cannot prepare the cluster's tables in {store}: {e.Message}", e);
        }
        return store;
    }
}
