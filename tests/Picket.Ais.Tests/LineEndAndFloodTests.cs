using System.Text;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;

namespace Picket.Ais.Tests;

/// <summary>
/// Issue 18 items 13 and 14 (decoder part): CR-only line endings, and a flood of junk first fragments sent between the
/// two parts of a genuine type 5 by anyone with a transmitter.
/// </summary>
public sealed class LineEndAndFloodTests
{
    private const string Type1 = "!AIVDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04hd,0*4C";
    private const string Part1 = "!AIVDM,2,1,3,A,53aDo802;H;p00c7?084i0P40aDpd0000000001@<PD::5HfNNlSm51DQ0C@,0*31";
    private const string Part2 = "!AIVDM,2,2,3,A,00000000000,2*27";

    [Theory]
    [InlineData("\r")] [InlineData("\n")] [InlineData("\r\n")]
    public void Cr_lf_and_crlf_line_endings_all_split_lines_at_every_read_size(string end)
    {
        byte[] input = Encoding.ASCII.GetBytes(string.Join(end, Type1, Part1, Part2, Type1) + end);
        foreach (int chunk in new[] { 1, 2, 3, 5, 8, 64, 4096 })
        {
            var decoder = new AisDecoder();
            var sink = new RobustnessProperties.CountingSink();
            NmeaStreamReader.Read(new StreamReaderTests.TrickleStream(input, chunk), decoder, sink);
            Assert.Equal(3, sink.Count);
            Assert.Equal(4, decoder.Statistics.Lines); // CRLF is one line end, not a line and a blank one
            Assert.Equal(0, decoder.Statistics.RejectedLines);
        }
    }

    [Fact]
    public void Mixed_line_endings_and_a_final_cr_are_read()
    {
        byte[] input = Encoding.ASCII.GetBytes(Type1 + "\r" + Type1 + "\n" + Type1 + "\r\n\r\n" + Type1 + "\r");
        var decoder = new AisDecoder();
        var sink = new RobustnessProperties.CountingSink();
        NmeaStreamReader.Read(new MemoryStream(input), decoder, sink);
        Assert.Equal(4, sink.Count);
        Assert.Equal(1, decoder.Statistics.IgnoredLines); // the one genuinely blank line
    }

    [Fact]
    public void A_hundred_junk_first_fragments_between_the_parts_of_a_type_5_do_not_evict_it()
    {
        var c = new Collect();
        c.Line(Part1);
        var rng = new Random(18);
        for (int i = 0; i < 100; i++) c.Line(Junk(rng, sequenceId: rng.Next(10), channel: rng.Next(2) == 0 ? 'A' : 'B'));
        c.Line(Part2);
        var five = Assert.Single(c.Messages, m => m.Type == 5);
        Assert.Equal("ALPHA", StaticAndVoyageData.Read(Collect.Reader(five)).Name);
        Assert.True(c.Decoder.PendingLines <= new AisDecoderOptions().MaxPendingMessages);
    }

    [Fact]
    public void Junk_first_fragments_under_the_genuine_key_do_not_replace_it()
    {
        // Same sequence id and channel as the waiting part 1: the jammer's fragments compete for the same key.
        var c = new Collect();
        c.Line(Part1);
        var rng = new Random(14);
        for (int i = 0; i < 100; i++) c.Line(Junk(rng, sequenceId: 3, channel: 'A'));
        c.Line(Part2);
        var five = Assert.Single(c.Messages, m => m.Type == 5);
        Assert.Equal("ROTTERDAM", StaticAndVoyageData.Read(Collect.Reader(five)).Destination);
    }

    [Fact]
    public void Plausible_looking_type_5_first_fragments_on_other_keys_do_not_evict_the_first_one_waiting()
    {
        // A smarter jammer sends well-formed type 5 first parts that never complete, more than there are slots.
        var c = new Collect(new AisDecoderOptions { MaxPendingMessages = 16 });
        c.Line(Part1);
        for (int i = 0; i < 100; i++)
            c.Line(FramingTests.WithChecksum($"AIVDM,2,1,{i % 3 + 5},{(i % 2 == 0 ? 'A' : 'B')},53aDo802;H;p00c7?084i0P40aDpd0000000001@<PD::5HfNNlSm51DQ0C@,0"));
        c.Line(Part2);
        Assert.Single(c.Messages, m => m.Type == 5);
        Assert.True(c.Decoder.PendingLines <= 16);
    }

    [Fact]
    public void A_reused_sequence_id_still_completes_the_newer_message()
    {
        // Part 2 of the first message was lost; the sender reuses id 3 for the next message, which must complete.
        var c = new Collect().Lines(string.Join('\n',
            FramingTests.WithChecksum("AIVDM,2,1,3,A,53aDo802;H;p00c7?084i0P40aDpd0000000001@<PD::5HfNNlSm51DQ0C@,0"),
            Part1, Part2));
        Assert.Single(c.Messages, m => m.Type == 5);
        Assert.Equal(1, c.Decoder.Statistics.Rejected(RejectReason.StaleFragment));
    }

    /// <summary>A first fragment of random armoured characters, as a jammer or a broken receiver might send.</summary>
    private static string Junk(Random rng, int sequenceId, char channel)
    {
        const string armour = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw";
        var payload = new char[rng.Next(10, 60)];
        for (int i = 0; i < payload.Length; i++) payload[i] = armour[rng.Next(armour.Length)];
        return FramingTests.WithChecksum($"AIVDM,2,1,{sequenceId},{channel},{new string(payload)},0");
    }
}
