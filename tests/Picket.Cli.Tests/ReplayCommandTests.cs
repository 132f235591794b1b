using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Picket.Cli.Tests;

/// <summary><c>picket replay</c> as a user runs it: one target, clear usage errors, a recording sent as a receiver would.</summary>
public sealed class ReplayCommandTests
{
    private static string Sample => Path.Combine(CliRunner.RepoRoot, "samples", "demo.nmea");

    [Theory]
    [InlineData("give one of --listen", "replay", "SAMPLE")]
    [InlineData("give one of --listen", "replay", "SAMPLE", "--listen", "tcp://127.0.0.1:0", "--to", "udp://127.0.0.1:9")]
    [InlineData("--speed takes a positive number", "replay", "SAMPLE", "--to", "udp://127.0.0.1:9", "--speed", "0")]
    [InlineData("--from 'yesterday' is not a time", "replay", "SAMPLE", "--to", "udp://127.0.0.1:9", "--from", "yesterday")]
    [InlineData("the port must be 1-65535", "replay", "SAMPLE", "--to", "udp://127.0.0.1:0")]
    [InlineData("unknown scheme 'http'", "replay", "SAMPLE", "--listen", "http://127.0.0.1:80")]
    public void Wrong_usage_exits_2_saying_what_is_wrong(string message, params string[] args)
    {
        var (exit, _, stderr) = CliRunner.Run([.. args.Select(a => a == "SAMPLE" ? Sample : a)]);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_recording_is_an_input_error()
    {
        var (exit, _, stderr) = CliRunner.Run("replay", "/nonexistent/feed.nmea", "--to", "udp://127.0.0.1:9", "--max");
        Assert.Equal(3, exit);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task To_udp_sends_every_line_of_the_recording_in_datagrams()
    {
        using var receiver = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        int port = ((IPEndPoint)receiver.Client.LocalEndPoint!).Port;
        var received = new StringBuilder();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var listening = Task.Run(async () =>
        {
            try
            {
                while (true) received.Append(Encoding.ASCII.GetString((await receiver.ReceiveAsync(stop.Token)).Buffer));
            }
            catch (OperationCanceledException)
            {
            }
        }, TestContext.Current.CancellationToken);
        var (exit, _, stderr) = CliRunner.Run("replay", Sample, "--to", $"udp://127.0.0.1:{port}", "--max");
        Assert.Equal(0, exit);
        var expected = File.ReadAllLines(Sample).Where(l => l.Length > 0).ToList();
        Assert.Contains($"{expected.Count} lines sent", stderr, StringComparison.Ordinal);
        // Datagrams on loopback arrive; give the listener a moment to take the last ones, then compare line for line.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (received.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length < expected.Count && DateTime.UtcNow < deadline)
            await Task.Delay(20, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await listening;
        Assert.Equal(expected, received.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
