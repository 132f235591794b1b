using System.Diagnostics;
using System.Globalization;
using Picket.Testing;

namespace Picket.Cluster.Tests.Infrastructure;

/// <summary>
/// One <c>picket cluster silo</c> as its own operating-system process (the built picket.dll under <c>dotnet</c>), on
/// free loopback silo and gateway ports, joined to the cluster whose membership is in the given Redis or PostgreSQL. It is a
/// separate process so that a test can kill it the way a machine dies — SIGKILL: no shutdown, no last checkpoint, no
/// goodbye to the membership table — which an in-process test cluster cannot do.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyLimit = TimeSpan.FromSeconds(90);
    private readonly Process _process;

    private SiloProcess(Process process, int siloPort, int gatewayPort, ProcessOutput output)
    {
        (_process, SiloPort, GatewayPort, Output) = (process, siloPort, gatewayPort, output);
    }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the silo printed (the last lines).</summary>
    public ProcessOutput Output { get; }

    /// <summary>
    /// The line a silo prints once it has joined the cluster and takes calls: <c>picket cluster silo</c> says
    /// "silo up on 127.0.0.1:PORT (gateway PORT)" on standard error.
    /// </summary>
    public static bool IsReadyLine(string line) => line.StartsWith("silo up on ", StringComparison.Ordinal);

    /// <summary>Starts a silo on Redis and waits for its ready line; the silo's own output is in the failure when it never comes.</summary>
    public static Task<SiloProcess> StartAsync(string redisEndpoint, CancellationToken ct, params string[] extraArgs) =>
        StartOnAsync(["--redis", redisEndpoint], ct, extraArgs);

    /// <summary>Starts a silo on the store <paramref name="storeArgs"/> name (<c>--redis …</c> or <c>--postgres …</c>) and waits for its ready line.</summary>
    public static async Task<SiloProcess> StartOnAsync(string[] storeArgs, CancellationToken ct, params string[] extraArgs)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (siloPort, gatewayPort) = (FreePort.Next(), FreePort.Next());
            var psi = PicketCli.StartInfo(["cluster", "silo", .. storeArgs,
                "--silo-port", siloPort.ToString(CultureInfo.InvariantCulture),
                "--gateway-port", gatewayPort.ToString(CultureInfo.InvariantCulture), .. extraArgs]);
            var output = new ProcessOutput();
            var process = Process.Start(psi) ?? throw new InvalidOperationException("dotnet could not be started");
            output.Attach(process);
            var silo = new SiloProcess(process, siloPort, gatewayPort, output);
            try
            {
                await output.WaitForLineAsync(process, IsReadyLine, ReadyLimit, ct).ConfigureAwait(false);
                return silo;
            }
            catch (TimeoutException) when (attempt < 2 && process.HasExited)
            {
                // One of the two ports was taken between the probe and the bind: try another pair once.
                await silo.DisposeAsync().ConfigureAwait(false);
            }
            catch
            {
                await silo.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>SIGKILL of the silo (and anything it started): the process ends at once, as when its machine dies.</summary>
    public async Task KillHardAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true); // Process.Kill sends SIGKILL on Linux
        await _process.WaitForExitAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillHardAsync().ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // never started or already reaped
        }
        _process.Dispose();
    }
}
