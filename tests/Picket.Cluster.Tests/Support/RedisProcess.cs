using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Picket.Cluster.Tests.Support;

/// <summary>
/// A throw-away redis-server on a free loopback port, with no persistence, in its own directory; killed on dispose.
/// <see cref="TryStart"/> says why when it cannot be started (no redis-server installed), so a test can skip with that reason.
/// </summary>
internal sealed class RedisProcess : IDisposable
{
    private readonly Process _process;
    private readonly TempDir _dir;

    private RedisProcess(Process process, TempDir dir, int port) => (_process, _dir, Port) = (process, dir, port);

    public int Port { get; }

    public string Endpoint => $"127.0.0.1:{Port}";

    public static RedisProcess? TryStart(out string reason)
    {
        var exe = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "redis-server")).FirstOrDefault(File.Exists);
        if (exe == null)
        {
            reason = "redis-server is not installed (apt-get install redis-server; .ci/run does it)";
            return null;
        }
        var port = FreePort();
        var dir = new TempDir("picket-redis");
        var psi = new ProcessStartInfo(exe) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir.Path };
        foreach (var a in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.Path })
            psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline && !p.HasExited)
        {
            try
            {
                using var c = new TcpClient();
                c.Connect(IPAddress.Loopback, port);
                reason = "";
                return new RedisProcess(p, dir, port);
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        reason = p.HasExited ? $"redis-server exited at start (code {p.ExitCode})" : "redis-server did not accept connections within 15 s";
        if (!p.HasExited) p.Kill();
        p.Dispose();
        dir.Dispose();
        return null;
    }

    /// <summary>A port free now on loopback (the OS picks it); the caller binds it right after.</summary>
    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit(5000);
        _process.Dispose();
        _dir.Dispose();
    }
}
