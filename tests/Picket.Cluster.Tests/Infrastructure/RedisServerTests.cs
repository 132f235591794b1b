using System.Diagnostics;

namespace Picket.Cluster.Tests.Infrastructure;

/// <summary>The private Redis of the cluster tests: it answers on its own port, holds no state on disk, and is gone after dispose.</summary>
public sealed class RedisServerTests
{
    [Fact]
    public async Task A_started_server_answers_and_is_killed_at_dispose()
    {
        var ct = TestContext.Current.CancellationToken;
        int pid;
        string endpoint;
        await using (var redis = await RedisServer.StartOrSkipAsync(ct))
        {
            (pid, endpoint) = (redis.ProcessId, redis.Endpoint);
            Assert.Equal("+PONG", await redis.CommandAsync("PING", ct));
            Assert.Equal("+OK", await redis.CommandAsync("SET picket 1", ct));
            Assert.Equal(":1", await redis.CommandAsync("EXISTS picket", ct));
            // No persistence: a crash of the test cannot leave a dump that a later server would load.
            Assert.Equal("*2", await redis.CommandAsync("CONFIG GET save", ct));
            Assert.StartsWith("127.0.0.1:", endpoint, StringComparison.Ordinal);
        }
        Assert.Throws<ArgumentException>(() => Process.GetProcessById(pid));
    }

    [Fact]
    public async Task Two_servers_at_once_get_two_ports()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var a = await RedisServer.StartOrSkipAsync(ct);
        await using var b = await RedisServer.StartOrSkipAsync(ct);
        Assert.NotEqual(a.Port, b.Port);
        Assert.Equal("+OK", await a.CommandAsync("SET only-in-a 1", ct));
        Assert.Equal(":0", await b.CommandAsync("EXISTS only-in-a", ct));
    }

    [Fact]
    public void Free_ports_are_not_handed_out_twice()
    {
        var ports = Enumerable.Range(0, 50).Select(_ => FreePort.Next()).ToList();
        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.All(ports, p => Assert.InRange(p, 1, 65535));
    }
}
