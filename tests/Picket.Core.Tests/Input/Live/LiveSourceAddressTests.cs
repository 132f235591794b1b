using Picket.Core.Input.Live;

namespace Picket.Core.Tests.Input.Live;

/// <summary>Source URLs as written on the command line, and the messages for wrong ones.</summary>
public sealed class LiveSourceAddressTests
{
    [Theory]
    [InlineData("tcp://feed.example.org:5631", LiveSourceKind.TcpClient, "feed.example.org", 5631, "")]
    [InlineData("tcp-listen://0.0.0.0:10110", LiveSourceKind.TcpListen, "0.0.0.0", 10110, "")]
    [InlineData("tcp-listen://:10110", LiveSourceKind.TcpListen, "0.0.0.0", 10110, "")]
    [InlineData("udp://127.0.0.1:0", LiveSourceKind.Udp, "127.0.0.1", 0, "")]
    [InlineData("UDP://[::1]:4000", LiveSourceKind.Udp, "::1", 4000, "")]
    [InlineData("file:/var/log/ais.nmea", LiveSourceKind.FileTail, "", 0, "/var/log/ais.nmea")]
    [InlineData("file:///var/log/ais.nmea", LiveSourceKind.FileTail, "", 0, "/var/log/ais.nmea")]
    [InlineData("file:logs/a=b.nmea", LiveSourceKind.FileTail, "", 0, "logs/a=b.nmea")]
    [InlineData("-", LiveSourceKind.StandardInput, "", 0, "")]
    public void Parses_each_kind_and_names_it_by_its_url(string text, LiveSourceKind kind, string host, int port, string path)
    {
        var a = LiveSourceAddress.Parse(text);
        Assert.Equal(kind, a.Kind);
        Assert.Equal(host, a.Host);
        Assert.Equal(port, a.Port);
        Assert.Equal(path, a.Path);
        Assert.Equal(text, a.Name);
    }

    [Fact]
    public void A_name_before_an_equals_sign_names_the_source()
    {
        var a = LiveSourceAddress.Parse("north=tcp://10.0.0.5:5631");
        Assert.Equal("north", a.Name);
        Assert.Equal(LiveSourceKind.TcpClient, a.Kind);
        Assert.Equal("tcp://10.0.0.5:5631", a.Url);
        Assert.Equal("stdin", LiveSourceAddress.Parse("stdin=-").Name);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("tcp://host", "no port")]
    [InlineData("tcp://:5631", "no host")]
    [InlineData("tcp://host:0", "not a number 1-65535")]
    [InlineData("tcp://host:70000", "not a number 1-65535")]
    [InlineData("tcp://host:port", "not a number")]
    [InlineData("http://host:80", "unknown scheme 'http'")]
    [InlineData("feed.nmea", "not a source URL")]
    [InlineData("file:", "no path")]
    [InlineData("=tcp://h:1", "name before '=' is empty")]
    [InlineData("tcp://::1:5", "[ADDRESS]:PORT")]
    [InlineData("tcp://host:5/path", "path or query")]
    public void Refuses_bad_urls_saying_why(string text, string why)
    {
        Assert.False(LiveSourceAddress.TryParse(text, out _, out var error));
        Assert.Contains(why, error, StringComparison.Ordinal);
        var e = Assert.Throws<FormatException>(() => LiveSourceAddress.Parse(text));
        Assert.Equal(error, e.Message);
    }
}
