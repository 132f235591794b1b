using Picket.Ais;
using Picket.Core.Input;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Bench.Cluster;

/// <summary>An NMEA file decoded and mapped once, before any timing: its fixes and identity reports in feed order.</summary>
internal sealed class FeedItems : IFeedTarget
{
    public List<object> Items { get; } = [];

    public int Fixes { get; private set; }

    public void OnFix(in VesselFix fix)
    {
        Items.Add(fix);
        Fixes++;
    }

    public void OnIdentity(in IdentityReport report) => Items.Add(report);

    public static FeedItems Read(string path)
    {
        var items = new FeedItems();
        using var stream = File.OpenRead(path);
        NmeaStreamReader.Read(stream, new AisDecoder(), new AisFeed(items));
        return items;
    }
}
