using System.CommandLine;
using System.Globalization;
using System.Net;
using Picket.Core.Input.Live;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket replay FILE... (--listen tcp://HOST:PORT | --to udp://HOST:PORT) [--speed N | --max] [--from TIME] [--send-log FILE]</c>:
/// serves a recorded feed as a provider (TCP, every client from the start) or a receiver (UDP) would. The work is
/// <see cref="FeedReplayer"/>'s; this file parses and prints.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Recorded NMEA, plain or gzip, replayed in the order given", Arity = ArgumentArity.OneOrMore }.RefuseOptionLike();
        var listen = new Option<string?>("--listen") { Description = "Serve TCP clients at tcp://HOST:PORT; each client gets the recording from its start" };
        var to = new Option<string?>("--to") { Description = "Send the recording once in UDP datagrams to udp://HOST:PORT" };
        var speed = new Option<double>("--speed") { Description = "Times real time, by the lines' own times (tag block c:, PGHP, trailer)", DefaultValueFactory = _ => 1 };
        var max = new Option<bool>("--max") { Description = "No pacing: as fast as the client reads" };
        var from = new Option<string?>("--from") { Description = "Skip lines before this time (ISO 8601, UTC unless an offset is given)" };
        var sendLog = new Option<string?>("--send-log") { Description = "With --listen: write a line per write to a client (client number, lines sent to it so far, UNIX ms wall time); for latency measurements" };
        var command = new Command("replay", "Serve a recorded AIS feed over TCP, or send it over UDP, paced at N× real time; for tests, demos and load.")
        {
            files, listen, to, speed, max, from, sendLog,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(files)!, parse.GetValue(listen), parse.GetValue(to),
            parse.GetValue(speed), parse.GetValue(max), parse.GetValue(from), parse.GetValue(sendLog), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] files, string? listen, string? to, double speed, bool max, string? from, string? sendLog, CancellationToken ct)
    {
        if ((listen == null) == (to == null)) throw CliError.Usage("give one of --listen tcp://HOST:PORT or --to udp://HOST:PORT");
        if (sendLog != null && listen == null) throw CliError.Usage("--send-log goes with --listen");
        if (!max && !(speed > 0 && double.IsFinite(speed))) throw CliError.Usage("--speed takes a positive number");
        DateTimeOffset? start = null;
        if (from != null)
        {
            if (!DateTimeOffset.TryParse(from, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t))
                throw CliError.Usage($"--from '{from}' is not a time; write e.g. 2018-03-02T10:00:00Z");
            start = t;
        }
        foreach (var f in files)
        {
            if (!File.Exists(f)) throw CliError.Input($"{f}: no such file");
        }
        using var log = sendLog == null ? null : OpenSendLog(sendLog);
        var replayer = new FeedReplayer(files, new FeedReplayOptions { Speed = max ? 1 : speed, AsFastAsPossible = max, From = start, Sent = log == null ? null : log.Write });
        if (listen != null)
        {
            var address = Endpoint(listen, LiveSourceKind.TcpListen, "--listen", "tcp://HOST:PORT");
            await replayer.ServeAsync(address, e => Console.Error.WriteLine($"picket replay: serving {files.Length} file(s) on tcp://{e} ({(max ? "as fast as read" : $"{speed.ToString(CultureInfo.InvariantCulture)}× real time")}); Ctrl+C stops"), ct);
            await Console.Error.WriteLineAsync($"picket replay: {replayer.Connections} client(s), {replayer.LinesSent} lines sent");
            return ct.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
        }
        var target = Endpoint(to!, LiveSourceKind.Udp, "--to", "udp://HOST:PORT");
        long sent = await replayer.SendAsync(target, ct);
        await Console.Error.WriteLineAsync($"picket replay: {sent} lines sent to udp://{target}");
        return ExitCodes.Ok;
    }

    private static SendLog OpenSendLog(string path)
    {
        try
        {
            return new SendLog(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliError.Output($"--send-log {path}: {e.Message}");
        }
    }

    /// <summary>
    /// <c>--send-log</c>: one tab-separated line per write to a client, written through at once so that a replayer
    /// stopped by a signal leaves a whole log; the clients' tasks call it together, hence the lock.
    /// </summary>
    private sealed class SendLog(string path) : IDisposable
    {
        private readonly StreamWriter _writer = new(path, append: false) { AutoFlush = true, NewLine = "\n" };
        private readonly Lock _lock = new();
        private bool _closed;

        public void Write(long client, long lines, DateTimeOffset at)
        {
            double ms = (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerMillisecond;
            lock (_lock)
            {
                if (!_closed) // a client's last write may finish while the command shuts down
                    _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{client}\t{lines}\t{ms:F3}"));
            }
        }

        public void Dispose()
        {
            lock (_lock)
            {
                _closed = true;
                _writer.Dispose();
            }
        }
    }

    /// <summary>The address of <c>--listen</c>/<c>--to</c>; <c>tcp://</c> is read as listening for <c>--listen</c>.</summary>
    private static IPEndPoint Endpoint(string text, LiveSourceKind kind, string option, string form)
    {
        string url = kind == LiveSourceKind.TcpListen && text.StartsWith("tcp://", StringComparison.OrdinalIgnoreCase) ? "tcp-listen://" + text[6..] : text;
        if (!LiveSourceAddress.TryParse(url, out var a, out var error) || a.Kind != kind)
            throw CliError.Usage($"{option} '{text}': {(error.Length > 0 ? error : "expected " + form)}");
        if (kind == LiveSourceKind.Udp && a.Port == 0) throw CliError.Usage($"{option} '{text}': the port must be 1-65535");
        if (IPAddress.TryParse(a.Host, out var ip)) return new IPEndPoint(ip, a.Port);
        var resolved = Dns.GetHostAddresses(a.Host).FirstOrDefault() ?? throw CliError.Usage($"{option} '{text}': cannot resolve {a.Host}");
        return new IPEndPoint(resolved, a.Port);
    }
}
