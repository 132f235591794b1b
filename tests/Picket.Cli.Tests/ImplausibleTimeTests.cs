using System.Text.Json;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;
using Picket.Core.Input;

namespace Picket.Cli.Tests;

/// <summary>Corrupt times (a tag block dated 2100, a CSV row dated 9999) are counted and dropped, never a crash or an 82-year gap.</summary>
public sealed class ImplausibleTimeTests
{
    private static readonly DateTimeOffset T0 = new(2018, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_clock_refuses_the_future_the_distant_past_and_a_lone_jump_but_follows_a_real_outage()
    {
        var clock = new FeedClock(TimeSpan.FromDays(7));
        Assert.True(clock.Accept(T0));
        Assert.False(clock.Accept(new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero))); // after the wall clock
        Assert.False(clock.Accept(DateTimeOffset.MaxValue));
        Assert.False(clock.Accept(new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.False(clock.Accept(T0.AddYears(2))); // a corrupt but not future time: out of the file's window
        Assert.True(clock.Accept(T0.AddDays(6)));   // the clock moves with the data
        Assert.True(clock.Accept(T0.AddDays(12)));
        // A receiver back after 40 days of silence: followed once 16 times agree; those 15 before are counted.
        var back = T0.AddDays(52);
        int accepted = 0;
        for (int i = 0; i < 20; i++) accepted += clock.Accept(back.AddMinutes(i)) ? 1 : 0;
        Assert.Equal(20 - (FeedClock.Consensus - 1), accepted);
        Assert.Equal(1, clock.Reanchored);
        Assert.Equal(4 + FeedClock.Consensus - 1, clock.Implausible);
        // A new file has its own clock.
        clock.BeginInput();
        Assert.True(clock.Accept(T0.AddYears(-3)));
    }

    private static string NmeaWithOneCorruptTagBlock(string dir)
    {
        var nmea = new NmeaWriter();
        var text = new StringWriter();
        for (int i = 0; i < 48; i++)
        {
            var p = new PositionReportClassA { MessageType = 1, Mmsi = 445112000, RateOfTurnRaw = -128, SpeedRaw = 100, LongitudeRaw = (int)(123.5 * 600_000) + i * 3_000, LatitudeRaw = (int)(38.5 * 600_000), CourseRaw = 900, HeadingRaw = 90, SecondRaw = 0 };
            // The 24th tag block says 2099 (in the future) and the 30th says 2058 — an 82-year gap if believed... or 40.
            var t = i == 24 ? new DateTimeOffset(2099, 6, 1, 0, 0, 0, TimeSpan.Zero) : i == 30 ? T0.AddYears(40) : T0.AddMinutes(10 * i);
            AisEncoder.Write(nmea, text, p, 'A', t.ToUnixTimeMilliseconds(), "rx1");
        }
        string path = Path.Combine(dir, "feed.nmea");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Fact]
    public void A_corrupt_tag_block_time_is_dropped_and_makes_no_gap()
    {
        using var dir = new TempDir("picket-time");
        string feed = NmeaWithOneCorruptTagBlock(dir.Path);
        var (exit, stdout, stderr) = CliRunner.Run("analyze", feed, "--out", dir["out"], "--json", "--no-store");
        Assert.True(exit == 0, stderr);
        using var summary = JsonDocument.Parse(stdout);
        Assert.Equal(2, summary.RootElement.GetProperty("implausible_times").GetInt64());
        Assert.Equal(46, summary.RootElement.GetProperty("positions").GetInt64());
        Assert.Equal(0, summary.RootElement.GetProperty("events").GetProperty("gap").GetInt32());
        foreach (var line in File.ReadLines(dir["out/events.jsonl"]))
            Assert.StartsWith("2018-", JsonDocument.Parse(line).RootElement.GetProperty("end").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("tracks")]
    [InlineData("detect")]
    public void A_csv_row_dated_9999_is_counted_not_a_crash(string command)
    {
        using var dir = new TempDir("picket-time");
        string csv = dir["feed.csv"];
        File.WriteAllText(csv, """
            MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass
            445112000,2018-03-02T00:00:00,38.5,123.5,10,90,90,SHIP A,IMO8691702,HMYN9,80,0,120,20,8.5,80,A
            445112000,2018-03-02T00:10:00,38.5,123.6,10,90,90,SHIP A,IMO8691702,HMYN9,80,0,120,20,8.5,80,A
            445112000,9999-12-31T23:59:59,38.5,123.7,10,90,90,SHIP B,IMO8691702,HMYN9,80,0,120,20,8.5,80,A
            445112000,2018-03-02T00:20:00,38.5,123.8,10,90,90,SHIP A,IMO8691702,HMYN9,80,0,120,20,8.5,80,A
            """);
        string[] args = command == "analyze" ? ["analyze", csv, "--out", dir["out"], "--json"] : [command, csv, "--out", dir["out"]];
        var (exit, stdout, stderr) = CliRunner.Run(args);
        Assert.True(exit == 0, stderr);
        if (command == "analyze")
        {
            using var summary = JsonDocument.Parse(stdout);
            Assert.Equal(1, summary.RootElement.GetProperty("implausible_times").GetInt64());
            Assert.Equal(3, summary.RootElement.GetProperty("positions").GetInt64());
        }
        else Assert.Contains("1 with an implausible time (dropped)", stderr, StringComparison.Ordinal);
    }
}
