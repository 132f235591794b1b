using Picket.Analysis.Live;
using Picket.Testing;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// <c>picket watch</c> reads its sources in the live sources' URL grammar (one parser for every live host): names,
/// TCP feeds, files and standard input are taken; listeners and UDP parse but are refused with a reason; a wrong URL
/// gets the grammar's own message.
/// </summary>
public sealed class LiveSourceParseTests
{
    [Fact]
    public void A_named_tcp_feed_keeps_its_name_and_reconnects()
    {
        var source = LiveSource.Parse("north=tcp://127.0.0.1:5631", null, out var error);
        Assert.Null(error);
        Assert.IsType<TcpClientSource>(source);
        Assert.Equal("north", source!.Name);
        Assert.True(source.Reconnects);
    }

    [Fact]
    public void A_file_is_taken_as_a_plain_path_or_a_file_url_and_a_missing_one_is_refused()
    {
        using var dir = new TempDir();
        string path = dir["feed.nmea"];
        File.WriteAllText(path, "");
        Assert.NotNull(LiveSource.Parse(path, null, out _));
        Assert.NotNull(LiveSource.Parse("file:" + path, null, out _));
        Assert.Null(LiveSource.Parse(dir["missing.nmea"], null, out var error));
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("udp://0.0.0.0:10110", "does not take")]
    [InlineData("tcp-listen://127.0.0.1:5632", "does not take")]
    [InlineData("tcp://host", "no port")]
    [InlineData("ftp://host:21", "unknown scheme")]
    [InlineData("-", "no standard input")]
    public void Sources_the_watch_cannot_take_are_refused_with_a_reason(string url, string reason)
    {
        Assert.Null(LiveSource.Parse(url, null, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
