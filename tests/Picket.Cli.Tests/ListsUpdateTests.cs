using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;

namespace Picket.Cli.Tests;

/// <summary>
/// <c>picket lists update</c> against a local HTTP server on 127.0.0.1 serving hand-made list files: a good update is
/// swapped in whole; an HTTP error, a truncated file or a garbled file keeps the previous list and exits 4.
/// </summary>
public sealed class ListsUpdateTests : IDisposable
{
    readonly string _dir = ListsFixtures.NewTempDir();
    readonly LocalListServer _server = new();

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    (int Exit, string Stdout, string Stderr) Update(params string[] sources) =>
        CliRunner.Run(["lists", "update", "--dir", _dir, "--base-url", _server.BaseUrl, "--timeout", "30", .. sources.SelectMany(s => new[] { "--source", s })]);

    void ServeGoodLists()
    {
        _server.Serve("/un/consolidated.xml", 200, File.ReadAllBytes(ListsFixtures.Path("un_consolidated.xml")));
        foreach (var f in new[] { "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv" })
        {
            _server.Serve($"/ofac/{f}", 200, File.ReadAllBytes(ListsFixtures.Path("ofac", f)));
        }
    }

    [Fact]
    public void Update_downloads_validates_and_swaps_in_each_list_with_a_manifest()
    {
        ServeGoodLists();
        var (exit, stdout, stderr) = Update("un", "ofac");
        TestContext.Current.TestOutputHelper?.WriteLine(stdout + stderr);

        Assert.Equal(0, exit);
        Assert.Contains("un: updated, 3 entities", stdout, StringComparison.Ordinal);
        Assert.Contains("ofac: updated, 4 entities", stdout, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(ListsFixtures.Path("un_consolidated.xml")), File.ReadAllBytes(Path.Combine(_dir, "un", "consolidated.xml")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "ofac", "manifest.json")));
        var m = manifest.RootElement;
        Assert.Equal("OfacSdn", m.GetProperty("format").GetString());
        Assert.Equal(4, m.GetProperty("entities").GetInt32());
        Assert.Equal(2, m.GetProperty("schemas").GetProperty("Vessel").GetInt32());
        var sdn = m.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "sdn.csv");
        Assert.Equal(_server.BaseUrl + "ofac/sdn.csv", sdn.GetProperty("origin").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(ListsFixtures.Path("ofac", "sdn.csv")))), sdn.GetProperty("sha256").GetString());
        Assert.Empty(ListsFixtures.HiddenWorkFolders(_dir));

        // A newer publication replaces the old one as a whole and the report says what it replaced.
        var newer = File.ReadAllText(ListsFixtures.Path("un_consolidated.xml")).Replace("</INDIVIDUALS>",
            "<INDIVIDUAL><DATAID>1000003</DATAID><FIRST_NAME>CHOE</FIRST_NAME><SECOND_NAME>CHUN SIK</SECOND_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.002</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS>", StringComparison.Ordinal);
        _server.Serve("/un/consolidated.xml", 200, System.Text.Encoding.UTF8.GetBytes(newer));
        (exit, stdout, _) = Update("un");
        Assert.Equal(0, exit);
        Assert.Contains("un: updated, 4 entities", stdout, StringComparison.Ordinal);
        Assert.Contains("was 3 entities", stdout, StringComparison.Ordinal);
        Assert.Equal(newer, File.ReadAllText(Path.Combine(_dir, "un", "consolidated.xml")));
        Assert.Empty(ListsFixtures.HiddenWorkFolders(_dir));
    }

    [Fact]
    public void Without_source_all_four_official_lists_are_fetched_from_the_mirror()
    {
        ServeGoodLists();
        _server.Serve("/eu/eu_fsf.xml", 200, File.ReadAllBytes(ListsFixtures.Path("eu_fsf.xml")));
        _server.Serve("/uk/uk_sanctions_list.xml", 200, File.ReadAllBytes(ListsFixtures.Path("uk_sanctions_list.xml")));
        var (exit, stdout, stderr) = CliRunner.Run("lists", "update", "--dir", _dir, "--base-url", _server.BaseUrl.TrimEnd('/'));
        TestContext.Current.TestOutputHelper?.WriteLine(stdout + stderr);

        Assert.Equal(0, exit);
        Assert.Contains("4 of 4 lists updated", stdout, StringComparison.Ordinal);
        Assert.Contains("eu: updated, 4 entities (1 records skipped", stdout, StringComparison.Ordinal);
        Assert.Contains("uk: updated, 3 entities (1 records skipped", stdout, StringComparison.Ordinal);
        Assert.Equal(["eu", "ofac", "uk", "un"], Directory.EnumerateDirectories(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Http_500_keeps_the_previous_list_and_exits_4()
    {
        ServeGoodLists();
        Assert.Equal(0, Update("un").Exit);
        var before = ListsFixtures.Snapshot(Path.Combine(_dir, "un"));

        _server.Serve("/un/consolidated.xml", 500, "boom"u8.ToArray());
        var (exit, _, stderr) = Update("un");
        TestContext.Current.TestOutputHelper?.WriteLine(stderr);

        Assert.Equal(4, exit);
        Assert.Contains("un: FAILED, download failed: HTTP 500", stderr, StringComparison.Ordinal);
        Assert.Contains("kept the previous list (3 entities", stderr, StringComparison.Ordinal);
        Assert.Equal(before, ListsFixtures.Snapshot(Path.Combine(_dir, "un")));
        Assert.Empty(ListsFixtures.HiddenWorkFolders(_dir));
    }

    [Fact]
    public void Truncated_xml_keeps_the_previous_list_and_exits_4()
    {
        ServeGoodLists();
        Assert.Equal(0, Update("un").Exit);
        var before = ListsFixtures.Snapshot(Path.Combine(_dir, "un"));

        var good = File.ReadAllBytes(ListsFixtures.Path("un_consolidated.xml"));
        _server.Serve("/un/consolidated.xml", 200, good[..(good.Length * 2 / 3)]);
        var (exit, _, stderr) = Update("un");
        TestContext.Current.TestOutputHelper?.WriteLine(stderr);

        Assert.Equal(4, exit);
        Assert.Contains("un: FAILED, downloaded files rejected: consolidated.xml does not parse", stderr, StringComparison.Ordinal);
        Assert.Contains("kept the previous list (3 entities", stderr, StringComparison.Ordinal);
        Assert.Equal(before, ListsFixtures.Snapshot(Path.Combine(_dir, "un")));
    }

    [Fact]
    public void Garbled_csv_fails_only_its_own_list_the_other_is_still_updated()
    {
        ServeGoodLists();
        Assert.Equal(0, Update("ofac").Exit);
        var before = ListsFixtures.Snapshot(Path.Combine(_dir, "ofac"));

        // A portal answering 200 with an HTML error page instead of the CSV.
        _server.Serve("/ofac/sdn.csv", 200, "<html><body>Service temporarily unavailable</body></html>\n"u8.ToArray());
        var (exit, stdout, stderr) = Update("un,ofac");
        TestContext.Current.TestOutputHelper?.WriteLine(stdout + stderr);

        Assert.Equal(4, exit);
        Assert.Contains("un: updated, 3 entities", stdout, StringComparison.Ordinal);
        Assert.Contains("1 of 2 lists updated", stdout, StringComparison.Ordinal);
        Assert.Contains("ofac: FAILED, downloaded files rejected: the list parsed but holds no entities", stderr, StringComparison.Ordinal);
        Assert.Contains("kept the previous list (4 entities", stderr, StringComparison.Ordinal);
        Assert.Equal(before, ListsFixtures.Snapshot(Path.Combine(_dir, "ofac")));
    }

    [Fact]
    public void Failure_with_no_previous_list_says_so_and_creates_nothing()
    {
        _server.Serve("/un/consolidated.xml", 404, "not here"u8.ToArray());
        var (exit, _, stderr) = Update("un");
        Assert.Equal(4, exit);
        Assert.Contains("HTTP 404", stderr, StringComparison.Ordinal);
        Assert.Contains("there was no previous list", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "un")));
    }

    [Fact]
    public void Unknown_source_and_bad_base_url_are_usage_errors()
    {
        Assert.Equal(2, CliRunner.Run("lists", "update", "--dir", _dir, "--source", "interpol").Exit);
        var (exit, _, stderr) = CliRunner.Run("lists", "update", "--dir", _dir, "--base-url", "ftp://127.0.0.1/");
        Assert.Equal(2, exit);
        Assert.Contains("--base-url", stderr, StringComparison.Ordinal);
    }
}

/// <summary>Paths of the CLI test fixtures (read in place from the source tree) and folder helpers.</summary>
internal static class ListsFixtures
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([CliRunner.RepoRoot, "tests", "Picket.Cli.Tests", "Fixtures", .. parts]);

    public static string NewTempDir()
    {
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"picket-cli-lists-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Staging or swapped-out folders left behind; an update must leave none.</summary>
    public static string[] HiddenWorkFolders(string dir) =>
        [.. Directory.EnumerateDirectories(dir).Where(d => System.IO.Path.GetFileName(d).StartsWith('.'))];

    /// <summary>File names with their SHA-256, to prove a folder was not touched.</summary>
    public static string Snapshot(string folder) =>
        string.Join("\n", Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
            .Select(f => $"{System.IO.Path.GetFileName(f)} {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))}"));
}

/// <summary>
/// A tiny HTTP server on 127.0.0.1 (a free port) serving fixed answers per path, for the update tests only; it lives
/// as long as the test class instance. Never reachable from outside the machine.
/// </summary>
internal sealed class LocalListServer : IDisposable
{
    readonly HttpListener _listener = new();
    readonly Dictionary<string, (int Status, byte[] Body)> _routes = new(StringComparer.Ordinal);
    readonly Task _loop;

    public LocalListServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }

    public void Serve(string path, int status, byte[] body)
    {
        lock (_routes)
        {
            _routes[path] = (status, body);
        }
    }

    async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            (int Status, byte[] Body) answer;
            lock (_routes)
            {
                answer = _routes.TryGetValue(ctx.Request.Url!.AbsolutePath, out var a) ? a : (404, "no such file"u8.ToArray());
            }

            try
            {
                ctx.Response.StatusCode = answer.Status;
                ctx.Response.ContentLength64 = answer.Body.Length;
                await ctx.Response.OutputStream.WriteAsync(answer.Body);
                ctx.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client gave up; nothing to do.
            }
        }
    }

    public void Dispose()
    {
        // Close alone: on Linux the managed HttpListener's Stop() releases the port and a following Close() binds it again
        // to remove the same prefixes, which fails with "address already in use" when a parallel test took the port.
        try { _listener.Close(); }
        catch (HttpListenerException) { }
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
