using System.Diagnostics;
using System.Globalization;
using Picket.Testing.Live;

namespace Picket.Bench.Watch;

/// <summary>
/// <c>watch-latency --picket DLL --feed FILE [--truth FILE] [--lists DIR] [--speed N] [--idle S] [--work DIR] [--no-store]</c>: the
/// "same answers live" harness behind bench/watch/latency.sh (<see cref="WatchLatencyRun"/>): batch reference, replay
/// at N× real time into <c>picket watch</c>, alert latency p50/p99/max per rule, every planted STS alerted before its
/// encounter closed, final events equal. Exit 0 when both verdicts hold, 1 when not, 2 on a usage error.
/// </summary>
internal static class WatchLatencyCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? dll = null, feed = null, truth = null, lists = null, work = Path.Combine(Path.GetTempPath(), "picket-watch-latency");
        double speed = 500, idle = 5;
        bool store = true;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--picket": dll = Next(); break;
                case "--feed": feed = Next(); break;
                case "--truth": truth = Next(); break;
                case "--lists": lists = Next(); break;
                case "--work": work = Next(); break;
                case "--speed": speed = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--idle": idle = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--no-store": store = false; break;
                default: Console.Error.WriteLine($"watch-latency: unknown argument {args[i]}"); return 2;
            }
        }
        if (dll == null || feed == null || !File.Exists(dll) || !File.Exists(feed))
        {
            Console.Error.WriteLine("usage: watch-latency --picket picket.dll --feed feed.nmea [--truth truth.jsonl] [--lists DIR] [--speed 500] [--idle 5] [--work DIR] [--no-store]");
            return 2;
        }
        ProcessStartInfo Picket(IEnumerable<string> a)
        {
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add(dll);
            foreach (var x in a) psi.ArgumentList.Add(x);
            return psi;
        }
        Console.WriteLine($"watch-latency: {Environment.ProcessorCount} cores, load {Load()}; feed {feed} ({new FileInfo(feed).Length / 1e6:F0} MB), speed {speed}×, store {(store ? "on" : "off")}, lists {lists ?? "none"}");
        var run = new WatchLatencyRun(Picket, work) { Speed = speed, StopWhenIdleSeconds = idle, Store = store, Lists = lists, Log = m => Console.Error.WriteLine("watch-latency: " + m) };
        var report = await run.RunAsync(feed, truth, CancellationToken.None);
        var log = run.SendLog!;
        var (first, last) = log.Span;
        Console.WriteLine($"batch: picket analyze {run.BatchElapsed.TotalSeconds:F1} s");
        Console.WriteLine($"replay: {log.LinesSent:N0} lines to {log.Clients} client(s) in {(last - first).TotalSeconds:F1} s; watch ran {run.WatchElapsed.TotalSeconds:F1} s (with its {idle} s idle stop)");
        Console.WriteLine($"watch: {run.WatchSummary}");
        Console.Write(report.Format());
        Console.WriteLine($"watch-latency: load after {Load()}");
        return report.EventsSame && report.AllStsAlertedBeforeClose ? 0 : 1;
    }

    private static string Load()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }
}
