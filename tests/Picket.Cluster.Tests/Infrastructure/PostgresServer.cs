using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace Picket.Cluster.Tests.Infrastructure;

/// <summary>
/// A private PostgreSQL server for one test: a fresh cluster made by <c>initdb</c> in a temporary directory, on a free
/// loopback port, its unix socket in that directory, fsync off (nothing outlives the test). PostgreSQL refuses to run as
/// root, so under root (CI, containers) it runs as the <c>postgres</c> account through <c>runuser</c>, the directory
/// handed to that account. Stopped (immediate mode) and deleted at dispose.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>Names a directory holding <c>initdb</c> and <c>pg_ctl</c> when they are elsewhere than Debian's.</summary>
    public const string BinariesVariable = "PICKET_POSTGRES_BIN";

    private const string Account = "postgres";
    private readonly string _dir;
    private readonly string _pgCtl;
    private readonly string? _runUser;

    private PostgresServer(string dir, string pgCtl, string? runUser, int port)
    {
        (_dir, _pgCtl, _runUser, Port) = (dir, pgCtl, runUser, port);
    }

    public int Port { get; }

    /// <summary>The server's own empty <c>postgres</c> database, as <c>picket cluster … --postgres</c> takes it.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username={Account};Database=postgres";

    /// <summary>Starts a server, or skips the calling test with the reason it cannot be started.</summary>
    public static async Task<PostgresServer> StartOrSkipAsync(CancellationToken ct)
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

    /// <summary>Makes and starts a server and waits until it takes connections; <see cref="ServerUnavailableException"/> when it cannot.</summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken ct)
    {
        var bin = FindBinaries() ?? throw new ServerUnavailableException(
            $"PostgreSQL's initdb/pg_ctl are not installed (apt-get install postgresql, as .ci/run does; Debian keeps them in /usr/lib/postgresql/N/bin) — or set {BinariesVariable}");
        string? runUser = null;
        if (Environment.IsPrivilegedProcess)
        {
            runUser = ServerBinary.Find("PICKET_RUNUSER", "/usr/sbin/runuser", "runuser")
                ?? throw new ServerUnavailableException("running as root, PostgreSQL must run as another account, and runuser (util-linux) is missing");
            var probe = await ToolRun.RunAsync(runUser, ["-u", Account, "--", "true"], ct).ConfigureAwait(false);
            if (probe.Exit != 0)
                throw new ServerUnavailableException($"running as root, PostgreSQL must run as the '{Account}' account, which runuser cannot use (the postgresql package creates it): {probe.Output}");
        }
        var failures = new StringBuilder();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var dir = Directory.CreateTempSubdirectory("picket-pg-").FullName;
            var port = FreePort.Next();
            var server = new PostgresServer(dir, Path.Combine(bin, "pg_ctl"), runUser, port);
            try
            {
                if (runUser is not null)
                    await server.MustRunAsync("/bin/chown", ["-R", Account, dir], asAccount: false, ct).ConfigureAwait(false);
                await server.MustRunAsync(Path.Combine(bin, "initdb"), ["-D", Path.Combine(dir, "data"), "-U", Account, "-A", "trust", "-E", "UTF8", "--no-sync"], asAccount: true, ct).ConfigureAwait(false);
                var options = string.Create(CultureInfo.InvariantCulture, $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200");
                await server.MustRunAsync(server._pgCtl, ["-D", Path.Combine(dir, "data"), "-o", options, "-l", Path.Combine(dir, "log"), "-w", "-t", "60", "start"], asAccount: true, ct).ConfigureAwait(false);
                if (await server.AnswersAsync(ct).ConfigureAwait(false))
                    return server;
                failures.Append(CultureInfo.InvariantCulture, $"\n--- attempt {attempt + 1} on port {port}: started but takes no connection\n{server.Log()}");
            }
            catch (ServerUnavailableException e)
            {
                failures.Append(CultureInfo.InvariantCulture, $"\n--- attempt {attempt + 1} on port {port}: {e.Message}\n{server.Log()}");
            }
            await server.DisposeAsync().ConfigureAwait(false);
        }
        throw new ServerUnavailableException($"PostgreSQL could not be started:{failures}");
    }

    /// <summary>Where initdb and pg_ctl are: the variable's directory, else Debian's newest version, else the PATH.</summary>
    public static string? FindBinaries()
    {
        static bool Has(string dir) => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));
        if (Environment.GetEnvironmentVariable(BinariesVariable) is { Length: > 0 } named)
            return Has(named) ? named : null;
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            var debian = Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => Has(d.Dir)).OrderByDescending(d => d.Version).FirstOrDefault();
            if (debian.Dir is not null)
                return debian.Dir;
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(Has);
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(_dir, "data", "postmaster.pid")))
            await RunAsync(_pgCtl, ["-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop"], asAccount: true, CancellationToken.None).ConfigureAwait(false);
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private string Log()
    {
        var log = Path.Combine(_dir, "log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    private async Task<bool> AnswersAsync(CancellationToken ct)
    {
        for (var i = 0; i < 40; i++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false");
                await connection.OpenAsync(ct).ConfigureAwait(false);
                return true;
            }
            catch (NpgsqlException)
            {
                await Task.Delay(250, ct).ConfigureAwait(false);
            }
        }
        return false;
    }

    private async Task MustRunAsync(string program, string[] args, bool asAccount, CancellationToken ct)
    {
        var (exit, output) = await RunAsync(program, args, asAccount, ct).ConfigureAwait(false);
        if (exit != 0)
            throw new ServerUnavailableException($"{Path.GetFileName(program)} exited {exit}: {output}");
    }

    private Task<(int Exit, string Output)> RunAsync(string program, string[] args, bool asAccount, CancellationToken ct) =>
        asAccount && _runUser is not null
            ? ToolRun.RunAsync(_runUser, ["-u", Account, "--", program, .. args], ct)
            : ToolRun.RunAsync(program, args, ct);
}
