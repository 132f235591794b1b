using System.Diagnostics;

namespace Picket.Cluster.Tests.Support;

/// <summary>One <c>picket cluster silo</c> process (the built CLI beside the tests) on free loopback ports; killed on dispose.</summary>
internal sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _log = new();

    private SiloProcess(Process process) => _process = process;

    /// <summary>The silo's process id (for a test that kills it).</summary>
    public int Pid => _process.Id;

    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    /// <summary>Starts a silo and waits until it says it is up (it has joined the membership in Redis).</summary>
    public static async Task<SiloProcess> StartAsync(string redis, TimeSpan limit)
    {
        var psi = PicketCli.StartInfo(["cluster", "silo", "--redis", redis,
            "--silo-port", RedisProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--gateway-port", RedisProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var p = Process.Start(psi)!;
        var silo = new SiloProcess(p);
        void OnLine(string? line)
        {
            if (line == null) return;
            lock (silo._log) silo._log.AppendLine(line);
            if (line.StartsWith("silo up", StringComparison.Ordinal)) up.TrySetResult();
        }
        p.OutputDataReceived += (_, e) => OnLine(e.Data);
        p.ErrorDataReceived += (_, e) => OnLine(e.Data);
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        var exited = p.WaitForExitAsync();
        var first = await Task.WhenAny(up.Task, exited, Task.Delay(limit));
        if (first != up.Task)
        {
            silo.Dispose();
            throw new InvalidOperationException($"the silo did not start: {silo.Log}");
        }
        return silo;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
