using System.Globalization;
using System.Text;
using Picket.Analysis.Live;
using Picket.Core.Input.Live;

namespace Picket.Cli.Commands;

/// <summary>The sources of <c>picket watch</c>: parsed from the command line, and each one's counters as one line.</summary>
internal static class WatchSources
{
    /// <summary>
    /// Reads each argument as a live source (<see cref="LiveSourceAddress.TryParseArgument"/>): a URL, <c>-</c>, or a
    /// plain path to a finished file, which must exist (a followed <c>file:</c> may appear later). Names must differ.
    /// </summary>
    public static List<LiveSourceAddress> Parse(IEnumerable<string> arguments)
    {
        var sources = new List<LiveSourceAddress>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in arguments)
        {
            if (!LiveSourceAddress.TryParseArgument(text, out var address, out var error)) throw CliError.Usage(error);
            if (address.Kind == LiveSourceKind.File && !File.Exists(address.Path))
                throw CliError.Usage($"{address.Path}: no such file (file:PATH follows a file that may appear later)");
            if (!names.Add(address.Name)) throw CliError.Usage($"two sources are named '{address.Name}'; name them with NAME=URL");
            sources.Add(address);
        }
        return sources;
    }

    /// <summary>
    /// One source's counters: lines, messages, duplicates, rejections by reason, reconnects, lag (receive time −
    /// message time of the last message), what was skipped as already held, and whether it ended.
    /// </summary>
    public static string Summary(LiveSourceStatus s)
    {
        var line = new StringBuilder();
        var c = s.Counters;
        line.Append(CultureInfo.InvariantCulture, $"{s.Name}: {s.Lines:N0} lines, {s.Messages:N0} msgs");
        if (c != null) line.Append(CultureInfo.InvariantCulture, $", {c.Duplicates:N0} duplicates");
        line.Append(CultureInfo.InvariantCulture, $", {s.Rejected:N0} rejected");
        if (c is { Rejected.Count: > 0 })
            line.Append(" (").AppendJoin(", ", c.Rejected.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value:N0}"))).Append(')');
        if (c != null)
        {
            line.Append(CultureInfo.InvariantCulture, $", {c.Reconnects:N0} reconnects");
            if (c.Kind is LiveSourceKind.TcpListen or LiveSourceKind.Udp)
                line.Append(CultureInfo.InvariantCulture, $", {c.OpenConnections:N0} senders now");
            if (c.Refused > 0) line.Append(CultureInfo.InvariantCulture, $", {c.Refused:N0} refused");
            if (c.QueueDrops > 0) line.Append(CultureInfo.InvariantCulture, $", {c.QueueDrops:N0} batches dropped (behind)");
            line.Append(", lag ").Append(c.LastLag is { } lag ? Duration(lag) : "-");
        }
        if (s.Skipped > 0) line.Append(CultureInfo.InvariantCulture, $", {s.Skipped:N0} skipped");
        if (s.Done) line.Append(", ended");
        if (c?.LastError is { } error) line.Append(" (last error: ").Append(error).Append(')');
        return Reporting.DisplayText.Printable(line.ToString());
    }

    private static string Duration(TimeSpan t)
    {
        var a = t.Duration();
        return a.TotalDays >= 2 ? t.TotalDays.ToString("F0", CultureInfo.InvariantCulture) + " d"
            : a.TotalHours >= 2 ? t.TotalHours.ToString("F0", CultureInfo.InvariantCulture) + " h"
            : t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";
    }
}
