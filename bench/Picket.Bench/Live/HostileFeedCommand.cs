using System.Globalization;
using System.Text.Json;
using Picket.Ais.Nmea;
using Picket.Testing.Live;

namespace Picket.Bench.Live;

/// <summary>
/// <c>hostile-feed FILE [--rate MSG_PER_S] [--port N] [--counts PATH] [--seconds N] [--seed N]</c>: serves an NMEA
/// recording over loopback TCP, round after round (times moved on, new MMSIs each round), while misbehaving on the
/// schedule of <see cref="HostileFeedPlan"/> — for <c>bench/watch/soak.sh</c>. Prints the port on the first line of
/// standard output, then every second rewrites PATH with what it sent and injected, and how the recording decodes on
/// its own (its corrupt lines are rejected too, so the harness adds them to the injected faults), until killed or
/// after N seconds.
/// </summary>
internal static class HostileFeedCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? path = null, counts = null;
        int port = 0, seed = 15;
        double rate = 20_000, seconds = double.PositiveInfinity;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{a} takes a value");
            switch (a)
            {
                case "--rate": rate = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--port": port = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--counts": counts = Value(); break;
                case "--seconds": seconds = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                default: path = a; break;
            }
        }
        if (path == null || !File.Exists(path))
        {
            Console.Error.WriteLine("usage: hostile-feed FILE.nmea [--rate MSG_PER_S] [--port N] [--counts PATH] [--seconds N] [--seed N]");
            return 2;
        }
        var recording = LoopedRecording.Load(path);
        using var feed = new HostileFeed(recording, new HostileFeedPlan { MessagesPerSecond = rate, Seed = seed }, port);
        Console.WriteLine(feed.Port);
        Console.Out.Flush();
        Console.Error.WriteLine($"hostile-feed: {recording.Lines:N0} lines a round ({recording.Baseline.Messages:N0} messages, {recording.Baseline.RejectedLines:N0} rejected by the recording itself), rounds {recording.ShiftSeconds:N0} s apart, {rate:N0} msg/s on {feed.Url}");
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
        var started = DateTime.UtcNow;
        while (!stop.IsCancellationRequested && (DateTime.UtcNow - started).TotalSeconds < seconds)
        {
            try { await Task.Delay(1000, stop.Token); }
            catch (OperationCanceledException) { }
            if (counts != null) Write(counts, feed, recording);
        }
        return 0;
    }

    private static void Write(string path, HostileFeed feed, LoopedRecording recording)
    {
        var tmp = path + ".tmp";
        using (var file = File.Create(tmp))
        using (var w = new Utf8JsonWriter(file))
        {
            w.WriteStartObject();
            w.WritePropertyName("sent");
            feed.Counts.WriteJson(w);
            w.WriteNumber("round_lines", recording.Lines);
            w.WriteStartObject("recording_rejected_per_round");
            foreach (var reason in Enum.GetValues<RejectReason>())
                if (reason != RejectReason.None && recording.Baseline.Rejected(reason) > 0)
                    w.WriteNumber(DecodeStatistics.ReasonName(reason), recording.Baseline.Rejected(reason));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        File.Move(tmp, path, overwrite: true);
    }
}
