using System.Text;
using Picket.Core.Events;

namespace Picket.Core.Tests.Events;

public sealed class JsonLinesEventReaderTests
{
    private static byte[] Write(IEnumerable<PicketEvent> events)
    {
        using var ms = new MemoryStream();
        using (var w = new JsonLinesEventWriter(ms, leaveOpen: true))
            foreach (var e in events)
                w.Emit(e);
        return ms.ToArray();
    }

    private static (List<PicketEvent> Events, JsonLinesEventReader Reader) Read(byte[] bytes, int maxLineBytes = JsonLinesEventReader.DefaultMaxLineBytes)
    {
        var reader = new JsonLinesEventReader(new MemoryStream(bytes), maxLineBytes);
        return (reader.ReadAll().ToList(), reader);
    }

    private static (List<PicketEvent> Events, JsonLinesEventReader Reader) Read(string text, int maxLineBytes = JsonLinesEventReader.DefaultMaxLineBytes) =>
        Read(Encoding.UTF8.GetBytes(text), maxLineBytes);

    [Fact]
    public void Every_event_type_reads_back_typed_and_writes_the_same_bytes()
    {
        var samples = EvidenceSamples.All().ToList();
        Assert.Equal(Enum.GetValues<EventType>().Length, samples.Select(e => e.Type).Distinct().Count());
        var bytes = Write(samples);
        var (events, reader) = Read(bytes);
        Assert.Equal(samples.Count, events.Count);
        Assert.Equal(0, reader.BadLines);
        Assert.True(reader.UntypedEvidence == 0, string.Join("; ", reader.Problems.Select(p => $"{p.Key} ×{p.Value}")));
        for (var i = 0; i < samples.Count; i++)
        {
            Assert.Equal(samples[i].Evidence.GetType(), events[i].Evidence.GetType());
            Assert.Equal(samples[i].Id, events[i].Id);
            Assert.Equal(samples[i].Vessels, events[i].Vessels);
            Assert.Equal(samples[i].Start, events[i].Start);
        }
        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(Write(events)));
    }

    [Fact]
    public void Typed_values_survive_the_round_trip()
    {
        var (events, _) = Read(Write(EvidenceSamples.All()));
        var loiter = events.Select(e => e.Evidence).OfType<LoiteringEvidence>().First();
        Assert.Equal(352610002, loiter.PossiblePartner!.Mmsi);
        Assert.False(loiter.PossiblePartner.StillDark);
        Assert.Equal(8.25, loiter.PossiblePartner.DarkEndDistanceKm);
        var still = events.Select(e => e.Evidence).OfType<LoiteringEvidence>().Last();
        Assert.True(still.PossiblePartner!.StillDark);
        Assert.Null(still.NearestPort);
        var gap = events.Select(e => e.Evidence).OfType<GapEvidence>().First();
        Assert.Equal(double.PositiveInfinity, gap.ImpliedSpeedKn); // written as null: unbounded
        Assert.Null(events.Select(e => e.Evidence).OfType<GapEvidence>().Last().Reception);
        var call = events.Select(e => e.Evidence).OfType<PortCallEvidence>().Single();
        Assert.True(call.DprkPort);
        Assert.Equal("wpi", call.Port.Source);
        var draught = events.Select(e => e.Evidence).OfType<DraughtChangeEvidence>().First();
        Assert.Equal(["encounter", "dark_sts"], draught.LinkedEventKinds);
        Assert.Equal(new DateTimeOffset(2018, 3, 1, 4, 0, 0, TimeSpan.Zero), draught.LastPort!.LastSeen);
        var change = events.Select(e => e.Evidence).OfType<IdentityChangeEvidence>().Single();
        Assert.True(change.Before.ImoValid);
        Assert.Null(change.After.ImoValid);
        Assert.Null(events.Single(e => e.Type == EventType.IdentityChange).Position);
    }

    [Fact]
    public void Hostile_lines_are_counted_with_a_reason_and_never_thrown()
    {
        var good = Encoding.UTF8.GetString(Write(EvidenceSamples.All().Take(1)));
        var text = string.Join("\n",
            "not json at all",
            "[1,2,3]",
            """{"type":"gap","start":"2018-03-02T10:00:00Z","end":"2018-03-02T11:00:00Z","vessels":[{"mmsi":1}]}""",
            """{"id":"x","type":"teleport","start":"2018-03-02T10:00:00Z","end":"2018-03-02T11:00:00Z","vessels":[{"mmsi":1}]}""",
            """{"id":"x","type":"gap","start":"yesterday","end":"2018-03-02T11:00:00Z","vessels":[{"mmsi":1}]}""",
            """{"id":"x","type":"gap","start":"2018-03-02T10:00:00Z","end":"2018-03-02T11:00:00Z","vessels":[{"mmsi":-5},{"mmsi":"1"},{"mmsi":4294967295}]}""",
            """{"id":"x","type":"gap","start":"2018-03-02T10:00:00Z","end":"2018-03-02T11:00:00Z","vessels":[{"mmsi":1}],"evidence":""" + new string('[', 5000) + new string(']', 5000) + "}",
            "",
            "   \r",
            good.TrimEnd('\n') + "\r",
            """{"id":"y","type":"gap","start":"2018-03-02T10:00:00Z","end":"2018-03-02T11:00:00Z","lat":1e400,"lon":"x","confidence":"high","vessels":[{"mmsi":412000001,"imo":"x"}],"evidence":{"off":{"time":"x"},"n":1e400,"l":[1,"a"]}}""",
            "{\"id\":\"z\",\"type\":\"gap\"");
        var (events, reader) = Read(text);
        Assert.Equal(2, events.Count);
        Assert.Equal(EventType.Encounter, events[0].Type);
        Assert.IsType<EncounterEvidence>(events[0].Evidence);
        var damaged = events[1];
        Assert.Null(damaged.Position);
        Assert.Equal(0, damaged.Confidence);
        Assert.Null(damaged.Vessels[0].Imo);
        var bag = Assert.IsType<Evidence>(damaged.Evidence); // kept as an open bag, counted
        Assert.Equal(1, reader.UntypedEvidence);
        Assert.Contains(reader.Problems.Keys, k => k.StartsWith("untyped evidence: evidence 'off'", StringComparison.Ordinal));
        Assert.Equal(3, bag.Items.Count);
        Assert.Equal(8, reader.BadLines);
        Assert.Equal(1, reader.Problems["not a JSON object"]);
        Assert.Equal(1, reader.Problems["no id"]);
        Assert.Equal(1, reader.Problems["unknown event type"]);
        Assert.Equal(1, reader.Problems["no valid start/end time"]);
        Assert.Equal(1, reader.Problems["no vessel with a valid MMSI"]);
        Assert.Equal("line 1: not JSON", reader.FirstProblem);
        Assert.Equal(12, reader.Lines);
        Assert.Equal(3, reader.Problems["not JSON"]); // the first line, the 5,000-deep evidence and the cut last line
    }

    [Fact]
    public void A_line_over_the_limit_is_skipped_without_holding_it()
    {
        var good = Write(EvidenceSamples.All().Take(2));
        var huge = new byte[300_000];
        Array.Fill(huge, (byte)'x');
        var bytes = good.Concat(huge).Concat("\n"u8.ToArray()).Concat(good).Concat(huge).ToArray(); // the last has no newline
        var (events, reader) = Read(bytes, maxLineBytes: 4096);
        Assert.Equal(4, events.Count);
        Assert.Equal(2, reader.BadLines);
        Assert.Equal(2, reader.Problems["line longer than 4096 bytes"]);
    }

    [Fact]
    public void Missing_ids_read_as_line_numbers_when_allowed()
    {
        const string line = """{"type":"loitering","start":"2018-03-02T10:00:00Z","end":"2018-03-02T11:00:00Z","vessels":[{"mmsi":412000001}],"evidence":{"observable":false}}""";
        var reader = new JsonLinesEventReader(new MemoryStream(Encoding.UTF8.GetBytes("\n" + line + "\n")), JsonLinesEventReader.DefaultMaxLineBytes) { RequireId = false };
        var e = Assert.Single(reader.ReadAll());
        Assert.Equal("line-2", e.Id);
        Assert.Equal(false, Assert.IsType<Evidence>(e.Evidence)["observable"]);
    }

    [Fact]
    public void Damaged_copies_of_every_type_never_throw()
    {
        var good = Write(EvidenceSamples.All());
        var random = new Random(20261206);
        long events = 0, bad = 0, untyped = 0;
        for (var round = 0; round < 400; round++)
        {
            var bytes = (byte[])good.Clone();
            for (var k = random.Next(1, 8); k > 0; k--)
                bytes[random.Next(bytes.Length)] = (byte)"{}[]\":,0-9e.\"nulltrue\n x\u00ff"[random.Next(24)];
            var (read, reader) = Read(bytes);
            foreach (var e in read)
                _ = Write([e]); // what was read can be written again
            events += read.Count;
            bad += reader.BadLines;
            untyped += reader.UntypedEvidence;
        }
        Assert.True(events > 0 && bad > 0 && untyped > 0, $"{events} events, {bad} bad lines, {untyped} untyped");
    }
}
