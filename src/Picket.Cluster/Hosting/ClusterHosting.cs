using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Picket.Cluster;

/// <summary>
/// Builds a Picket silo or client on Redis (membership and grain storage). Orleans logs Information and Warning
/// freely (connection-refused traces after a silo dies, start-up notes); only its errors are shown.
/// </summary>
public static class ClusterHosting
{
    /// <summary>A silo host on loopback-or-given address with the given ports, clustered and storing grain state in Redis at <paramref name="redis"/> (HOST:PORT).</summary>
    public static IHost BuildSilo(string redis, int siloPort, int gatewayPort, IPAddress? address = null)
    {
        var builder = Host.CreateApplicationBuilder();
        QuietLogs(builder.Logging);
        builder.UseOrleans(s =>
        {
            s.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterNames.ClusterId, ClusterNames.ServiceId));
            s.ConfigureEndpoints(address ?? IPAddress.Loopback, siloPort, gatewayPort);
            s.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
            s.AddRedisGrainStorage(ClusterNames.Storage, o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
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
        });
        return builder.Build();
    }

    /// <summary>A client host for the cluster whose membership is in Redis at <paramref name="redis"/>.</summary>
    public static IHost BuildClient(string redis)
    {
        var builder = Host.CreateApplicationBuilder();
        QuietLogs(builder.Logging);
        builder.UseOrleansClient(c =>
        {
            c.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterNames.ClusterId, ClusterNames.ServiceId));
            c.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
            c.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(2));
            // A call lost with a silo that died fails after this, and the epoch is sent again.
            c.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(60));
        });
        return builder.Build();
    }

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
