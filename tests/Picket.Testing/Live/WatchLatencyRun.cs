using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Picket.Testing.Live;

/// <summary>
/// One "same answers live" run: <c>picket analyze FEED</c> (the batch reference), then <c>picket replay FEED --listen
/// tcp://127.0.0.1:0 --speed N --send-log</c> serving <c>picket watch tcp://… --stop-when-idle S</c>, while the watch's
/// <c>alerts.jsonl</c> (written through at each alert) and <c>events.jsonl</c> are polled every
/// <see cref="PollInterval"/> and each new line stamped with the wall time it appeared; then <see cref="WatchLatencyReport"/>.
/// <paramref name="picket"/> makes the process start info for a picket command line (the CLI beside a test, or a build).
/// </summary>
public sealed partial class WatchLatencyRun(Func<IEnumerable<string>, ProcessStartInfo> picket, string workDirectory)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    public double Speed { get; init; } = 500;
    public double StopWhenIdleSeconds { get; init; } = 5;
    public bool Store { get; init; } = true;
    public TimeSpan Limit { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Sanctions lists for both runs (<c>--lists</c>, as <c>picket demo</c> passes its synthetic ones): listed vessels are watched, so the watchlist rules fire too.</summary>
    public string? Lists { get; init; }

    /// <summary>Progress lines (what is running), for a harness's standard error.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Wall time of the batch run and of the watch (from its start to its exit, the idle wait included).</summary>
    public TimeSpan BatchElapsed { get; private set; }
    public TimeSpan WatchElapsed { get; private set; }

    /// <summary>The watch's summary line (standard output) and the replayer's send log.</summary>
    public string WatchSummary { get; private set; } = "";
    public WatchLatencySendLog? SendLog { get; private set; }

    public async Task<WatchLatencyReport> RunAsync(string feed, string? truth, CancellationToken ct)
    {
        Directory.CreateDirectory(workDirectory);
        string batch = Path.Combine(workDirectory, "batch"), live = Path.Combine(workDirectory, "live");
        string alertsFile = Path.Combine(live, "alerts.jsonl"), sendLog = Path.Combine(workDirectory, "send.log");
        foreach (var d in new[] { batch, live }) if (Directory.Exists(d)) Directory.Delete(d, recursive: true);
        File.Delete(sendLog);
        string[] common = [.. Store ? Array.Empty<string>() : ["--no-store"], .. Lists == null ? Array.Empty<string>() : ["--lists", Lists]];
        Directory.CreateDirectory(live);

        Log?.Invoke($"picket analyze {feed}");
        var clock = Stopwatch.StartNew();
        var analyzed = await PicketCli.RunAsync(picket(["analyze", feed, "--out", batch, "--quiet", .. common]), Limit);
        BatchElapsed = clock.Elapsed;
        if (analyzed.Exit != 0) throw new InvalidOperationException("picket analyze failed: " + analyzed.Stderr);

        var speed = Speed.ToString(CultureInfo.InvariantCulture);
        var alerts = new WatchLatencyTail(alertsFile);
        var events = new WatchLatencyTail(Path.Combine(live, "events.jsonl"));
        using var replay = Process.Start(picket(["replay", feed, "--listen", "tcp://127.0.0.1:0", "--speed", speed, "--send-log", sendLog]))!;
        try
        {
            var url = await ListeningUrlAsync(replay, ct);
            Log?.Invoke($"picket replay --speed {speed} serving on {url}; picket watch {url}");
            clock.Restart();
            using var watch = Process.Start(picket(["watch", url, "--out", live, "--quiet",
                "--stop-when-idle", StopWhenIdleSeconds.ToString(CultureInfo.InvariantCulture), .. common]))!;
            var stdout = watch.StandardOutput.ReadToEndAsync(ct);
            var stderr = watch.StandardError.ReadToEndAsync(ct);
            while (!watch.HasExited)
            {
                if (clock.Elapsed > Limit)
                {
                    watch.Kill(entireProcessTree: true);
                    throw new TimeoutException($"picket watch did not finish in {Limit}");
                }
                var now = DateTimeOffset.UtcNow;
                alerts.Poll(now);
                events.Poll(now);
                await Task.Delay(PollInterval, ct);
            }
            await watch.WaitForExitAsync(ct);
            WatchElapsed = clock.Elapsed;
            alerts.Poll(DateTimeOffset.UtcNow);
            events.Poll(DateTimeOffset.UtcNow);
            WatchSummary = (await stdout).Trim();
            if (watch.ExitCode != 0) throw new InvalidOperationException($"picket watch exited {watch.ExitCode}: {await stderr}");
        }
        finally
        {
            if (!replay.HasExited) replay.Kill(entireProcessTree: true);
            await replay.WaitForExitAsync(CancellationToken.None);
        }
        SendLog = WatchLatencySendLog.Read(sendLog);
        Log?.Invoke("measuring");
        return WatchLatencyReport.Build(feed, truth, Path.Combine(batch, "events.jsonl"), Path.Combine(live, "events.jsonl"), alerts, events, SendLog);
    }

    private static async Task<string> ListeningUrlAsync(Process replay, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        while (await replay.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            var m = ServingUrl().Match(line);
            if (m.Success) return m.Groups[1].Value;
        }
        throw new InvalidOperationException("picket replay ended without serving");
    }

    [GeneratedRegex(@"on (tcp://[0-9.]+:[0-9]+)")]
    private static partial Regex ServingUrl();
}
