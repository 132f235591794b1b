using System.Text;
using Picket.Core.Events;

namespace Picket.Core.Tests.Events;

/// <summary>Inputs the <c>events</c> fuzz target (fuzz/README.md) found crashing <see cref="JsonLinesEventReader"/>, kept as regressions.</summary>
public sealed class EventReaderFuzzFindingsTests
{
    private const string Good = """{"id":"gap:1","type":"gap","start":"2018-03-02T10:00:00Z","end":"2018-03-02T16:00:00Z","vessels":[{"mmsi":445112000}],"evidence":{"scenario":"ok"}}""";

    // System.Text.Json checks a string's UTF-8 only when it is read: an invalid byte inside any string of an otherwise
    // well-formed line made GetString throw InvalidOperationException out of ReadAll.
    [Theory]
    [InlineData("""{"id":"gap:2","type":"gap","start":"2018-03-02T10:00:00Z","end":"2018-03-02T16:00:00Z","vessels":[{"mmsi":445112000}],"evidence":{"scenario":"st@-1"}}""")]
    [InlineData("""{"id":"gap:@","type":"gap","start":"2018-03-02T10:00:00Z","end":"2018-03-02T16:00:00Z","vessels":[{"mmsi":445112000}]}""")]
    [InlineData("""{"id":"gap:3","type":"gap","start":"2018-03-02T10:00:00Z","end":"2018-03-02T16:00:00Z","vessels":[{"mmsi":445112000,"name":"@"}]}""")]
    [InlineData("""{"id":"gap:4","type":"ga@","start":"2018-03-02T10:00:00Z","end":"2018-03-02T16:00:00Z","vessels":[{"mmsi":445112000}]}""")]
    public void A_line_with_invalid_utf8_inside_a_string_is_counted_and_the_next_line_still_reads(string hostile)
    {
        // '@' stands for the byte 0xD1: a UTF-8 lead byte with no continuation byte after it.
        var bytes = Encoding.UTF8.GetBytes(Good + "\n" + hostile + "\n" + Good.Replace("gap:1", "gap:5") + "\n")
            .Select(b => b == (byte)'@' ? (byte)0xD1 : b).ToArray();
        var reader = new JsonLinesEventReader(new MemoryStream(bytes)) { RequireId = true };

        var events = reader.ReadAll().ToList();

        Assert.Equal(["gap:1", "gap:5"], events.Select(e => e.Id));
        Assert.Equal(1, reader.BadLines);
        Assert.Equal("line 2: not UTF-8", reader.FirstProblem);
    }

    [Fact]
    public void Invalid_utf8_is_counted_in_open_evidence_reading_too()
    {
        var bytes = Encoding.UTF8.GetBytes(Good.Replace("\"ok\"", "\"o@\"")).Select(b => b == (byte)'@' ? (byte)0x8D : b).ToArray();
        var reader = new JsonLinesEventReader(new MemoryStream(bytes)) { RequireId = false, TypedEvidence = false };

        Assert.Empty(reader.ReadAll());
        Assert.Equal(1, reader.BadLines);
        Assert.Equal(1, reader.Problems["not UTF-8"]);
    }
}
