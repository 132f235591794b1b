using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Picket.Cluster.Tests.Infrastructure;

/// <summary>
/// A private <c>redis-server</c> for one test: on a free loopback port, in its own temporary directory, with no
/// persistence (no RDB snapshots, no append-only file), so nothing outlives the test and parallel tests never share a
/// membership table. Ready once it answers PING; killed, with its directory deleted, at dispose.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    /// <summary>Names another redis-server program than Debian's <c>/usr/bin/redis-server</c>.</summary>
    public const string BinaryVariable = "PICKET_REDIS_SERVER";

    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(20);
    private readonly Process _process;
    private readonly string _dir;

    private RedisServer(Process process, string dir, int port, ProcessOutput output)
    {
        (_process, _dir, Port, Output) = (process, dir, port, output);
    }

    public int Port { get; }

    /// <summary><c>127.0.0.1:PORT</c>, as <c>picket cluster … --redis</c> takes it.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    public int ProcessId => _process.Id;

    public ProcessOutput Output { get; }

    /// <summary>Why no server can be started here, or null when the program is there.</summary>
    public static string? MissingReason() =>
        ServerBinary.Find(BinaryVariable, "/usr/bin/redis-server", "redis-server") is null
            ? $"redis-server is not installed (apt-get install redis-server, as .ci/run does, or set {BinaryVariable})"
            : null;

    /// <summary>Starts a server, or skips the calling test with the reason it cannot be started.</summary>
    public static async Task<RedisServer> StartOrSkipAsync(CancellationToken ct)
    {
        try
        {
            return await StartAsync(ct).ConfigureAwait(false);
        }
        catch (ServerUnavailableException e)
        {
            Assert.Skip(e.Message);
            throw;
        }
    }

    /// <summary>Starts a server and waits for its PONG; <see cref="ServerUnavailableException"/> when that cannot be done.</summary>
    public static async Task<RedisServer> StartAsync(CancellationToken ct)
    {
        var binary = ServerBinary.Find(BinaryVariable, "/usr/bin/redis-server", "redis-server")
            ?? throw new ServerUnavailableException(MissingReason()!);
        var failures = new StringBuilder();
        // A port free when probed can be taken before redis binds it; a second or third port settles that.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var dir = Directory.CreateTempSubdirectory("picket-redis-").FullName;
            var port = FreePort.Next();
            var psi = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dir };
            foreach (var a in (string[])["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                         "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", dir, "--protected-mode", "no", "--logfile", ""])
                psi.ArgumentList.Add(a);
            var output = new ProcessOutput();
            var process = Process.Start(psi) ?? throw new ServerUnavailableException($"{binary} could not be started");
            output.Attach(process);
            var server = new RedisServer(process, dir, port, output);
            if (await server.WaitForPongAsync(ct).ConfigureAwait(false))
                return server;
            failures.Append($"\n--- attempt {attempt + 1} on port {port}:\n{output}");
            await server.DisposeAsync().ConfigureAwait(false);
        }
        throw new ServerUnavailableException($"{binary} did not answer PING within {StartLimit.TotalSeconds:0} s:{failures}");
    }

    /// <summary>Sends one inline command and returns the first line of the reply (e.g. <c>+PONG</c>, <c>:3</c>).</summary>
    public async Task<string> CommandAsync(string inline, CancellationToken ct)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Port, ct).ConfigureAwait(false);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(inline + "\r\n"), ct).ConfigureAwait(false);
        var reply = new StringBuilder();
        var buffer = new byte[256];
        while (!reply.ToString().Contains("\r\n", StringComparison.Ordinal))
        {
            var n = await stream.ReadAsync(buffer, ct).ConfigureAwait(false);
            if (n == 0)
                break;
            reply.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }
        var text = reply.ToString();
        var end = text.IndexOf("\r\n", StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        _process.Dispose();
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private async Task<bool> WaitForPongAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartLimit && !_process.HasExited)
        {
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
                attempt.CancelAfter(TimeSpan.FromSeconds(2));
                if (await CommandAsync("PING", attempt.Token).ConfigureAwait(false) == "+PONG")
                    return true;
            }
            catch (Exception e) when (e is SocketException or IOException or OperationCanceledException && !ct.IsCancellationRequested)
            {
                // not listening yet
            }
            await Task.Delay(50, ct).ConfigureAwait(false);
        }
        return false;
    }
}
