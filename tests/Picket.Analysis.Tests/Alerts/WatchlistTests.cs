using Picket.Analysis.Alerts;
using Picket.Core.Vessels;

namespace Picket.Analysis.Tests.Alerts;

/// <summary>The user's watchlist: CSV and JSON files, bad rows counted, reload on change, and names matched after the screening's folding.</summary>
public class WatchlistTests
{
    private const int Imo = 9_123_453; // check digit 3 (IMO Resolution A.1117(30)), asserted below

    [Fact]
    public void A_csv_watchlist_reads_with_quotes_and_counts_bad_rows()
    {
        Assert.True(ImoNumber.HasValidCheckDigit(Imo));
        var file = new WatchlistFile("unused");
        var entries = file.Parse(
            "name,imo,mmsi,note\n" +
            $"\"SEA STAR, THE\",{Imo},,\"tanker, seen \"\"dark\"\" off Nampo\"\n" +
            ",IMO 9123458,,bad check digit\n" +
            ",,445123456,DPRK tanker\n" +
            ",,12345678901,too long an MMSI\n" +
            ",,,\n" +
            "Chon Ma San,,,\n");
        Assert.Equal(3, entries.Count);
        Assert.Equal(new WatchlistEntry(Imo, null, "SEA STAR, THE", "tanker, seen \"dark\" off Nampo"), entries[0]);
        Assert.Equal(445_123_456u, entries[1].Mmsi);
        Assert.Equal("Chon Ma San", entries[2].Name);
        Assert.Equal(1, file.Problems["invalid IMO"]);
        Assert.Equal(1, file.Problems["invalid MMSI"]);
        Assert.Equal(3, file.Problems["no valid IMO, MMSI or name"]);
    }

    [Fact]
    public void A_json_watchlist_reads_numbers_or_strings()
    {
        var file = new WatchlistFile("unused");
        var entries = file.Parse($"[{{\"imo\":{Imo},\"note\":\"x\"}},{{\"mmsi\":\"412000001\"}},{{\"name\":\"\"}},7]");
        Assert.Equal([Imo, null], entries.Select(e => e.Imo));
        Assert.Equal(412_000_001u, entries[1].Mmsi);
        Assert.Equal(1, file.Problems["not an object"]);
        Assert.Equal(1, file.Problems["no valid IMO, MMSI or name"]);
        Assert.Empty(new WatchlistFile("unused").Parse("[{\"imo\":"));
    }

    [Theory]
    [InlineData("SEA STAR", true)]
    [InlineData("M/T Sea-Star", true)]
    [InlineData("mt sea star", true)]
    [InlineData("Séa Stár", true)]
    [InlineData("SEA STAR 2", false)]
    [InlineData("SEASTAR", false)]
    [InlineData("STAR SEA", false)]
    public void Names_match_after_the_screening_folding_and_a_vessel_prefix(string broadcast, bool matches)
    {
        var list = new Watchlist([new WatchlistEntry(null, null, "MV SEA STAR", "watched")]);
        Assert.Equal(matches, list.Match(new Mmsi(412_000_001), null, broadcast) is not null);
    }

    [Fact]
    public void Mmsi_and_imo_match_whatever_the_name()
    {
        var list = new Watchlist([new WatchlistEntry(Imo, null, null, "by IMO"), new WatchlistEntry(null, 445_000_001, null, "by MMSI")]);
        Assert.Equal("by IMO", list.Match(new Mmsi(412_000_001), Imo, "ANY")?.Note);
        Assert.Equal("by MMSI", list.Match(new Mmsi(445_000_001), null, null)?.Note);
        Assert.Null(list.Match(new Mmsi(412_000_001), 9_999_999, "ANY"));
    }

    [Fact]
    public void The_file_is_read_again_when_it_changes_and_an_empty_list_when_it_goes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"picket-watch-{Guid.NewGuid():N}.csv");
        try
        {
            var file = new WatchlistFile(path);
            Assert.False(file.ReloadIfChanged());
            File.WriteAllText(path, "mmsi\n412000001\n");
            Assert.True(file.ReloadIfChanged());
            Assert.False(file.ReloadIfChanged());
            Assert.NotNull(file.Current.Match(new Mmsi(412_000_001), null, null));
            File.WriteAllText(path, "mmsi\n412000001\n412000002\n");
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));
            Assert.True(file.ReloadIfChanged());
            Assert.Equal(2, file.Current.Entries.Count);
            File.Delete(path);
            Assert.True(file.ReloadIfChanged());
            Assert.Empty(file.Current.Entries);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
