using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Picket.Cli.Tests;

/// <summary>
/// <c>picket lists update</c> and <c>lists load</c> against a hostile or broken mirror (a local server on 127.0.0.1):
/// an oversized file, redirects to <c>file:///</c> or in a loop, and a valid but tiny list that would replace a large
/// one. Each is refused with a clear message and exit 4, and the stored list is kept byte for byte.
/// </summary>
public sealed class ListsHostileMirrorTests : IDisposable
{
    readonly string _dir = ListsFixtures.NewTempDir();
    readonly HostileMirror _mirror = new();

    public void Dispose()
    {
        _mirror.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    (int Exit, string Stdout, string Stderr) Update(params string[] extra)
    {
        var r = CliRunner.Run(["lists", "update", "--dir", _dir, "--base-url", _mirror.BaseUrl, "--timeout", "60", "--source", "un", .. extra]);
        TestContext.Current.TestOutputHelper?.WriteLine($"exit {r.Exit}\n{r.Stdout}{r.Stderr}");
        return r;
    }

    static byte[] GoodUn => File.ReadAllBytes(ListsFixtures.Path("un_consolidated.xml"));

    /// <summary>Stores the good UN list (3 entities) first, and returns a snapshot of its folder.</summary>
    string StoreGoodList()
    {
        _mirror.Answer("/un/consolidated.xml", ctx => Send(ctx, 200, GoodUn));
        var (exit, stdout, _) = Update();
        Assert.Equal(0, exit);
        Assert.Contains("un: updated, 3 entities", stdout, StringComparison.Ordinal);
        return ListsFixtures.Snapshot(Path.Combine(_dir, "un"));
    }

    void AssertKept(string before, (int Exit, string Stdout, string Stderr) run, string reason)
    {
        Assert.Equal(4, run.Exit);
        Assert.Contains("un: REFUSED", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(reason, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("kept the previous list (3 entities", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 refused", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, ListsFixtures.Snapshot(Path.Combine(_dir, "un")));
        Assert.Empty(ListsFixtures.HiddenWorkFolders(_dir));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_by_its_length_and_the_previous_list_kept()
    {
        var before = StoreGoodList();
        var padded = Padded(2 << 20);
        _mirror.Answer("/un/consolidated.xml", ctx => Send(ctx, 200, padded));
        AssertKept(before, Update("--max-size", "1"), "over the 1048576 byte limit (--max-size)");
        Assert.Equal(0, Update("--max-size", "3").Exit);   // the same file within a larger bound is fine
    }

    [Fact]
    public void A_chunked_file_without_a_length_is_stopped_at_the_size_limit()
    {
        var before = StoreGoodList();
        var padded = Padded(2 << 20);
        _mirror.Answer("/un/consolidated.xml", ctx => Send(ctx, 200, padded, chunked: true));
        AssertKept(before, Update("--max-size", "1"), "goes past the 1048576 byte limit (--max-size)");
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/un/consolidated.xml")]
    public void A_redirect_to_another_scheme_is_refused(string location)
    {
        var before = StoreGoodList();
        _mirror.Answer("/un/consolidated.xml", ctx => Redirect(ctx, location));
        AssertKept(before, Update(), $"to {location}: only http and https redirects are followed");
    }

    [Fact]
    public void A_redirect_loop_is_refused_after_five_hops()
    {
        var before = StoreGoodList();
        _mirror.Answer("/un/consolidated.xml", ctx => Redirect(ctx, "/un/consolidated.xml"));
        AssertKept(before, Update(), "more than 5 redirects");
    }

    [Fact]
    public void An_http_redirect_within_the_bound_is_followed()
    {
        _mirror.Answer("/un/consolidated.xml", ctx => Redirect(ctx, _mirror.BaseUrl + "moved/un.xml"));
        _mirror.Answer("/moved/un.xml", ctx => Send(ctx, 200, GoodUn));
        var (exit, stdout, _) = Update();
        Assert.Equal(0, exit);
        Assert.Contains("un: updated, 3 entities", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_record_list_does_not_replace_a_large_one_unless_forced()
    {
        var before = StoreGoodList();
        var oneRecord = "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><REFERENCE_NUMBER>KPi.099</REFERENCE_NUMBER>" +
                        "<FIRST_NAME>NOBODY</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
        _mirror.Answer("/un/consolidated.xml", ctx => Send(ctx, 200, Encoding.UTF8.GetBytes(oneRecord)));
        AssertKept(before, Update(), "the new list has 1 entities and the stored one 3, a shrink of 66.7 %");

        var loose = Update("--max-shrink", "70");
        Assert.Equal(0, loose.Exit);
        Assert.Contains("un: updated, 1 entities", loose.Stdout, StringComparison.Ordinal);

        StoreGoodList();
        _mirror.Answer("/un/consolidated.xml", ctx => Send(ctx, 200, Encoding.UTF8.GetBytes(oneRecord)));
        var forced = Update("--force");
        Assert.Equal(0, forced.Exit);
        Assert.Contains("un: updated, 1 entities", forced.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_load_applies_the_same_shrink_check()
    {
        StoreGoodList();
        var before = ListsFixtures.Snapshot(Path.Combine(_dir, "un"));
        var small = Path.Combine(_dir, "..", $"picket-one-{Guid.NewGuid():N}.xml");
        File.WriteAllText(small, "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>NOBODY</FIRST_NAME>" +
                                 "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
        try
        {
            var (exit, _, stderr) = CliRunner.Run("lists", "load", "--dir", _dir, small);
            TestContext.Current.TestOutputHelper?.WriteLine(stderr);
            Assert.Equal(4, exit);
            Assert.Contains("REFUSED, the new list has 1 entities and the stored one 3", stderr, StringComparison.Ordinal);
            Assert.Equal(before, ListsFixtures.Snapshot(Path.Combine(_dir, "un")));
            Assert.Equal(0, CliRunner.Run("lists", "load", "--dir", _dir, "--force", small).Exit);
        }
        finally
        {
            File.Delete(small);
        }
    }

    [Theory]
    [InlineData("--max-shrink", "150")]
    [InlineData("--max-size", "0")]
    public void Bad_limit_values_are_usage_errors(string option, string value)
    {
        Assert.Equal(2, Update(option, value).Exit);
    }

    /// <summary>The good UN list padded with whitespace before its end tag to about <paramref name="bytes"/> bytes: valid XML.</summary>
    static byte[] Padded(int bytes)
    {
        var text = Encoding.UTF8.GetString(GoodUn);
        var at = text.LastIndexOf("</CONSOLIDATED_LIST>", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text[..at] + new string(' ', bytes) + text[at..]);
    }

    static void Send(HttpListenerContext ctx, int status, byte[] body, bool chunked = false)
    {
        ctx.Response.StatusCode = status;
        if (chunked) ctx.Response.SendChunked = true;
        else ctx.Response.ContentLength64 = body.Length;
        ctx.Response.OutputStream.Write(body);
        ctx.Response.Close();
    }

    static void Redirect(HttpListenerContext ctx, string location)
    {
        ctx.Response.StatusCode = 302;
        ctx.Response.Headers["Location"] = location;
        ctx.Response.ContentLength64 = 0;
        ctx.Response.Close();
    }
}

/// <summary>A local HTTP server on 127.0.0.1 (a free port) whose answers are functions, so it can misbehave on purpose.</summary>
internal sealed class HostileMirror : IDisposable
{
    readonly HttpListener _listener = new();
    readonly Dictionary<string, Action<HttpListenerContext>> _routes = new(StringComparer.Ordinal);
    readonly Task _loop;

    public HostileMirror()
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

    public void Answer(string path, Action<HttpListenerContext> answer)
    {
        lock (_routes) _routes[path] = answer;
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

            Action<HttpListenerContext>? answer;
            lock (_routes) _routes.TryGetValue(ctx.Request.Url!.AbsolutePath, out answer);
            try
            {
                if (answer is null)
                {
                    ctx.Response.StatusCode = 404;
                    ctx.Response.Close();
                }
                else
                {
                    answer(ctx);
                }
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client stopped reading (as it should past a limit).
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
