using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Serialization.Configuration;
using StackExchange.Redis;

namespace Picket.Cluster;

/// <summary>
/// Builds a Picket silo or client on Redis or PostgreSQL (membership and grain storage). Orleans logs Information and Warning
/// freely (connection-refused traces after a silo dies, start-up notes); only its errors are shown.
/// </summary>
public static class ClusterHosting
{
    /// <summary>A silo host on loopback-or-given address with the given ports, clustered and storing grain state in Redis at <paramref name="redis"/> (HOST:PORT).</summary>
    public static IHost BuildSilo(string redis, int siloPort, int gatewayPort, IPAddress? address = null) =>
        BuildSilo(new ClusterStore(ClusterStoreKind.Redis, redis), siloPort, gatewayPort, address);

    /// <summary>
    /// A silo host on loopback-or-given address with the given ports, clustered and storing grain state in
    /// <paramref name="store"/>. On PostgreSQL, call <see cref="PrepareAsync"/> first.
    /// </summary>
    public static IHost BuildSilo(ClusterStore store, int siloPort, int gatewayPort, IPAddress? address = null)
    {
        var builder = Host.CreateApplicationBuilder();
        QuietLogs(builder.Logging);
        builder.UseOrleans(s =>
        {
            s.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterNames.ClusterId, ClusterNames.ServiceId));
            s.ConfigureEndpoints(address ?? IPAddress.Loopback, siloPort, gatewayPort);
            if (store.Kind == ClusterStoreKind.Redis)
            {
                s.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(store.Connection));
                s.AddRedisGrainStorage(ClusterNames.Storage, o => o.ConfigurationOptions = ConfigurationOptions.Parse(store.Connection));
            }
            else
            {
                s.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (PostgresInvariant, store.Connection));
                s.AddAdoNetGrainStorage(ClusterNames.Storage, o => (o.Invariant, o.ConnectionString) = (PostgresInvariant, store.Connection));
                // A storage error inside a grain carries Npgsql's exception type, which Orleans cannot serialise to the
                // caller (CodecNotFoundException hides the cause): the filter re-throws it as a plain framework exception.
                s.AddIncomingGrainCallFilter<ForeignExceptionFilter>();
            }
            // A dead silo is declared within about a second (Orleans' defaults take minutes to notice a hung one), so
            // the client's retry of an epoch finds the grains re-activated on the others quickly.
            s.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(1);
                o.NumMissedProbesLimit = 2;
                o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
                o.DefunctSiloExpiration = TimeSpan.FromMinutes(1);
                o.DefunctSiloCleanupPeriod = TimeSpan.FromMinutes(1);
            });
            s.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(60));
            // Per-silo queue depth and calls for `picket cluster status` (SiloLoadControl).
            s.Services.AddSingleton<SiloLoadControl>();
            s.Services.AddKeyedSingleton<IControllable>(SiloLoadControl.Name, (sp, _) => sp.GetRequiredService<SiloLoadControl>());
            s.AddIncomingGrainCallFilter<SiloLoadFilter>();
            AllowLoadCommand(s.Services);
        });
        return builder.Build();
    }

    /// <summary>A client host for the cluster whose membership is in Redis at <paramref name="redis"/>.</summary>
    public static IHost BuildClient(string redis) => BuildClient(new ClusterStore(ClusterStoreKind.Redis, redis));

    /// <summary>A client host for the cluster whose membership is in <paramref name="store"/> (on PostgreSQL, after <see cref="PrepareAsync"/>).</summary>
    public static IHost BuildClient(ClusterStore store)
    {
        var builder = Host.CreateApplicationBuilder();
        QuietLogs(builder.Logging);
        builder.UseOrleansClient(c =>
        {
            c.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterNames.ClusterId, ClusterNames.ServiceId));
            if (store.Kind == ClusterStoreKind.Redis)
                c.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(store.Connection));
            else
                c.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (PostgresInvariant, store.Connection));
            AllowLoadCommand(c.Services);
            c.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(2));
            // A call lost with a silo that died fails after this, and the epoch is sent again.
            c.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(60));
        });
        return builder.Build();
    }

    /// <summary>
    /// The load report is asked for with the meter's type as the command's type argument, which Orleans' serialiser
    /// refuses for a type it was not told to allow (its defence against types named by untrusted input).
    /// </summary>
    private static void AllowLoadCommand(IServiceCollection services) =>
        services.Configure<TypeManifestOptions>(o => o.AddAllowedType(typeof(SiloLoadControl)));

    /// <summary>The ADO.NET provider name Orleans resolves to Npgsql's factory.</summary>
    private const string PostgresInvariant = "Npgsql";

    /// <summary>
    /// What a store needs before a silo or client starts: on PostgreSQL, the tables and queries are created when absent
    /// (so an empty database is enough); Redis needs nothing.
    /// </summary>
    public static Task PrepareAsync(ClusterStore store, CancellationToken ct) =>
        store.Kind == ClusterStoreKind.Postgres ? PostgresSchema.EnsureAsync(store.Connection, ct) : Task.CompletedTask;

    private static void QuietLogs(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o => o.SingleLine = true);
        logging.AddFilter("Orleans", LogLevel.Error);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Polly", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
    }
}
