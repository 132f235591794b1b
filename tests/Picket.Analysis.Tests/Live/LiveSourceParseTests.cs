using Picket.Core.Input.Live;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// <c>picket watch</c> takes its sources in the live sources' URL grammar (one parser for every live host), plus a
/// plain path for a finished file as <c>picket analyze</c> takes it: every kind parses, names are kept, and a wrong
/// URL gets the grammar's own message rather than being read as a path.
/// </summary>
public sealed class LiveSourceParseTests
{
    [Theory]
    [InlineData("north=tcp://127.0.0.1:5631", "north", LiveSourceKind.TcpClient)]
    [InlineData("tcp-listen://127.0.0.1:0", "tcp-listen://127.0.0.1:0", LiveSourceKind.TcpListen)]
    [InlineData("rx=udp://0.0.0.0:10110", "rx", LiveSourceKind.Udp)]
    [InlineData("file:/var/log/ais.nmea", "file:/var/log/ais.nmea", LiveSourceKind.FileTail)]
    [InlineData("-", "-", LiveSourceKind.StandardInput)]
    [InlineData("/data/feed.nmea.gz", "/data/feed.nmea.gz", LiveSourceKind.File)]
    [InlineData("old=/data/feed.nmea", "old", LiveSourceKind.File)]
    public void Every_kind_parses_with_its_name(string text, string name, LiveSourceKind kind)
    {
        Assert.True(LiveSourceAddress.TryParseArgument(text, out var address, out var error), error);
        Assert.Equal(name, address.Name);
        Assert.Equal(kind, address.Kind);
    }

    [Fact]
    public void A_plain_path_is_a_finished_file_and_file_url_follows_it()
    {
        Assert.True(LiveSourceAddress.TryParseArgument("feed.nmea", out var plain, out _));
        Assert.Equal(("feed.nmea", "feed.nmea"), (plain.Path, plain.Url));
        Assert.True(LiveSourceAddress.TryParseArgument("file:feed.nmea", out var tail, out _));
        Assert.Equal(LiveSourceKind.FileTail, tail.Kind);
        Assert.False(plain.IsPushed || tail.IsPushed);
        Assert.True(LiveSourceAddress.Parse("udp://:10110").IsPushed && LiveSourceAddress.Parse("tcp-listen://:5631").IsPushed);
    }

    [Theory]
    [InlineData("tcp://host", "no port")]
    [InlineData("ftp://host:21", "unknown scheme")]
    [InlineData("tcp://127.0.0.1:99999", "not a number")]
    [InlineData("=tcp://127.0.0.1:1", "name before '=' is empty")]
    [InlineData("file:", "no path")]
    public void A_wrong_url_is_refused_with_the_grammars_reason(string text, string reason)
    {
        Assert.False(LiveSourceAddress.TryParseArgument(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
