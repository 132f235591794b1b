using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Vessels;

public sealed class IdentityTrackerTests
{
    private static readonly DateTimeOffset T0 = new(2018, 2, 24, 0, 0, 0, TimeSpan.Zero);

    private static IdentityReport Type5(uint mmsi, double hours, string name, int? imo, string callSign = "HMXX", byte type = 80,
        double draught = 6.0, string destination = "NAMPO") =>
        new(new Mmsi(mmsi), T0.AddHours(hours), IdentitySource.ClassAStatic, name, imo, callSign, new ShipType(type),
            new VesselDimensions(80, 20, 7, 7), draught, destination, T0.AddDays(2));

    [Fact]
    public void History_is_a_timeline_of_changes_not_a_cache()
    {
        var events = new EventCollector();
        var t = new IdentityTracker(events);
        t.Add(Type5(445112000, 0, "CHON MA SAN", 8660313));
        t.Add(Type5(445112000, 1, "CHON MA SAN", 8660313));
        t.Add(Type5(445112000, 2, "CHON MA SAN", 8660313, draught: 4.2)); // discharged
        t.Add(Type5(445112000, 3, "CHON MA SAN", 8660313, draught: 4.2, destination: "WONSAN"));

        Assert.True(t.TryGetRecord(new Mmsi(445112000), out var rec));
        Assert.Equal(3, rec.History.Count);
        Assert.Equal([6.0, 4.2, 4.2], rec.History.Select(h => h.DraughtMetres!.Value));
        Assert.Equal("WONSAN", rec.Current!.Destination);
        Assert.Equal(T0.AddHours(2), rec.History[1].From);
        Assert.Equal(4, rec.Reports);
        Assert.Empty(events.Events); // draught and destination changes are voyage data, not identity changes
    }

    [Fact]
    public void Partial_class_B_reports_merge_without_looking_like_changes()
    {
        var events = new EventCollector();
        var t = new IdentityTracker(events);
        var m = new Mmsi(412000123);
        for (var i = 0; i < 5; i++)
        {
            t.Add(new IdentityReport(m, T0.AddMinutes(i * 6), IdentitySource.ClassBStatic, Name: "MIN NING DE YOU 078@@@"));
            t.Add(new IdentityReport(m, T0.AddMinutes(i * 6 + 1), IdentitySource.ClassBStatic, CallSign: "BXYZ", ShipType: new ShipType(80)));
        }
        t.TryGetRecord(m, out var rec);
        Assert.Equal("MIN NING DE YOU 078", rec.Current!.Name);
        Assert.Equal("BXYZ", rec.Current.CallSign);
        Assert.Equal(2, rec.History.Count);
        Assert.Empty(events.Events);
        Assert.Equal(IdentityFlags.None, rec.Flags); // Class B need not have an IMO
    }

    [Fact]
    public void Mmsi_switching_imo_is_a_change()
    {
        var events = new EventCollector();
        var t = new IdentityTracker(events);
        t.Add(Type5(351000001, 0, "YUK TUNG", 9030591));
        t.Add(Type5(351000001, 1, "YUK TUNG", 8660313));
        Assert.Empty(events.Events); // waits for a second report
        t.Add(Type5(351000001, 2, "YUK TUNG", 8660313));
        var e = Assert.Single(events.Events);
        Assert.Equal(EventType.IdentityChange, e.Type);
        Assert.Equal(["imo"], (IReadOnlyList<string>)((IdentityChangeEvidence)e.Evidence).Changes);
        Assert.Equal(T0.AddHours(1), e.Start);
        Assert.Equal(T0.AddHours(2), e.End);
    }

    [Fact]
    public void A_single_garbled_name_is_recorded_but_not_reported()
    {
        var events = new EventCollector();
        var t = new IdentityTracker(events);
        t.Add(Type5(477000001, 0, "SHANG YUAN BAO", 8126070));
        t.Add(Type5(477000001, 1, "SHANG YUAN BAP", 8126070)); // one bit wrong
        t.Add(Type5(477000001, 2, "SHANG YUAN BAO", 8126070));
        Assert.Empty(events.Events);
        Assert.Equal(1, t.UnconfirmedChanges);
        t.TryGetRecord(new Mmsi(477000001), out var rec);
        Assert.Equal(3, rec.History.Count); // the timeline keeps the evidence
    }

    [Fact]
    public void A_class_B_name_change_is_confirmed_only_by_a_report_carrying_a_name()
    {
        var events = new EventCollector();
        var t = new IdentityTracker(events);
        var m = new Mmsi(412000123);
        t.Add(new IdentityReport(m, T0, IdentitySource.ClassBStatic, Name: "FISHER 1"));
        t.Add(new IdentityReport(m, T0.AddMinutes(6), IdentitySource.ClassBStatic, Name: "FISHER 2"));
        t.Add(new IdentityReport(m, T0.AddMinutes(7), IdentitySource.ClassBStatic, CallSign: "BXYZ")); // part B: says nothing about the name
        Assert.Empty(events.Events);
        t.Add(new IdentityReport(m, T0.AddMinutes(12), IdentitySource.ClassBStatic, Name: "FISHER 2"));
        Assert.Equal(["name"], (IReadOnlyList<string>)((IdentityChangeEvidence)Assert.Single(events.Events).Evidence).Changes);
    }

    [Fact]
    public void Flipping_back_to_the_previous_mmsi_reports_the_hop_once()
    {
        var events = new EventCollector();
        var t = new IdentityTracker(events);
        for (var h = 0; h < 10; h++)
            t.Add(Type5(h % 2 == 0 ? 671000001u : 667000001u, h, h % 2 == 0 ? "A" : "B", 8660313));
        Assert.Single(events.Events);
    }

    [Theory]
    [InlineData(445112000u, (byte)80, 8660313, IdentityFlags.DprkMid)]
    [InlineData(457000001u, (byte)80, 8660313, IdentityFlags.LandlockedFlagTanker)]
    [InlineData(457000001u, (byte)70, 8660313, IdentityFlags.None)]
    [InlineData(200000001u, (byte)70, 8660313, IdentityFlags.MidNotCountry)]
    [InlineData(351000001u, (byte)70, 8660314, IdentityFlags.InvalidImoCheckDigit)]
    [InlineData(720000001u, (byte)84, 1234568, IdentityFlags.LandlockedFlagTanker | IdentityFlags.InvalidImoCheckDigit)]
    public void Flags_are_set_on_the_record(uint mmsi, byte type, int imo, IdentityFlags expected)
    {
        var t = new IdentityTracker(new EventCollector());
        t.Add(Type5(mmsi, 0, "X", imo, type: type));
        t.TryGetRecord(new Mmsi(mmsi), out var rec);
        Assert.Equal(expected, rec.Flags);
    }

    [Fact]
    public void Class_A_without_imo_is_flagged()
    {
        var t = new IdentityTracker(new EventCollector());
        t.Add(Type5(445000002, 0, "RYE SONG GANG 1", null));
        t.TryGetRecord(new Mmsi(445000002), out var rec);
        Assert.Equal(IdentityFlags.NoImoOnClassA | IdentityFlags.DprkMid, rec.Flags);
    }

    [Fact]
    public void Idle_identities_are_evicted_after_retention()
    {
        var t = new IdentityTracker(new EventCollector(), TimeSpan.FromDays(30));
        t.Add(Type5(351000001, 0, "OLD", 8660313));
        t.Add(Type5(351000002, 24 * 40, "NEW", 9030591));
        var evicted = new List<VesselRecord>();
        Assert.Equal(1, t.EvictIdle(T0.AddDays(40), evicted.Add));
        Assert.Equal(351000001u, Assert.Single(evicted).Mmsi.Value);
        Assert.Equal(1, t.Vessels);
    }

    [Fact]
    public void History_is_bounded_and_keeps_the_first_identity()
    {
        var t = new IdentityTracker(new EventCollector());
        for (var i = 0; i < 100; i++)
            t.Add(Type5(351000001, i, "SHIP", 8660313, destination: $"PORT {i}"));
        t.TryGetRecord(new Mmsi(351000001), out var rec);
        Assert.Equal(IdentityHistory.MaxEntries, rec.History.Count);
        Assert.Equal("PORT 0", rec.History[0].Destination);
        Assert.Equal("PORT 99", rec.Current!.Destination);
    }
}

public sealed class VesselTrackerIdentityEvictionTests
{
    [Fact]
    public void Tracker_evicts_identities_idle_past_retention_as_stream_time_passes()
    {
        var t0 = new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var evicted = new List<VesselRecord>();
        var tracker = new VesselTracker(new Picket.Core.Tracks.NullTrackSink(), new EventCollector(), identityRetention: TimeSpan.FromDays(10), onVesselEvicted: evicted.Add);
        tracker.Add(new IdentityReport(new Mmsi(351000001), t0, IdentitySource.ClassAStatic, "OLD", 8660313));
        for (var d = 1; d <= 20; d++)
            tracker.Add(new IdentityReport(new Mmsi(351000002), t0.AddDays(d), IdentitySource.ClassAStatic, "ACTIVE", 9030591));
        Assert.Equal(351000001u, Assert.Single(evicted).Mmsi.Value);
        Assert.Equal(1, tracker.Identities.Vessels);
    }
}

public sealed class VesselRecordJsonTests
{
    [Fact]
    public void Record_line_carries_flags_and_timeline()
    {
        var t = new IdentityTracker(new EventCollector());
        var t0 = new DateTimeOffset(2018, 2, 24, 0, 0, 0, TimeSpan.Zero);
        t.Add(new IdentityReport(new Mmsi(445112000), t0, IdentitySource.ClassAStatic, "CHON MA SAN", 8660313, "HMYY", new ShipType(80),
            new VesselDimensions(80, 20, 7, 7), 6.2, "NAMPO", t0.AddDays(2)));
        t.Add(new IdentityReport(new Mmsi(445112000), t0.AddHours(5), IdentitySource.ClassAStatic, "CHON MA SAN", 8660313, "HMYY", new ShipType(80),
            new VesselDimensions(80, 20, 7, 7), 4.1, "NAMPO", t0.AddDays(2)));
        t.TryGetRecord(new Mmsi(445112000), out var rec);
        using var ms = new MemoryStream();
        VesselRecordJson.WriteLine(ms, rec);
        var text = System.Text.Encoding.UTF8.GetString(ms.ToArray());
        Assert.EndsWith("\n", text);
        using var doc = System.Text.Json.JsonDocument.Parse(text);
        var r = doc.RootElement;
        Assert.Equal(445112000, r.GetProperty("mmsi").GetInt64());
        Assert.Equal("ship", r.GetProperty("mmsi_kind").GetString());
        Assert.Equal("KP", r.GetProperty("flag").GetString());
        Assert.Equal("dprk_mid", r.GetProperty("flags")[0].GetString());
        Assert.Equal(2, r.GetProperty("history").GetArrayLength());
        var h = r.GetProperty("history")[1];
        Assert.Equal(4.1, h.GetProperty("draught_m").GetDouble());
        Assert.Equal(100, h.GetProperty("length_m").GetInt32());
        Assert.True(h.GetProperty("imo_valid").GetBoolean());
        Assert.Equal("2018-02-24T05:00:00Z", h.GetProperty("from").GetString());
    }
}
