using Picket.Ais.Messages;
using Picket.Ais.Nmea;

namespace Picket.Ais.Tests;

/// <summary>NMEA 0183 / IEC 61162-1 framing: what real feeds send, and how each kind of broken line is counted.</summary>
public sealed class FramingTests
{
    private const string Type1 = "!AIVDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04hd,0*4C";

    [Theory]
    [InlineData("AI")] [InlineData("AB")] [InlineData("AN")] [InlineData("BS")] [InlineData("SA")] [InlineData("BY")] [InlineData("SS")] [InlineData("--")]
    public void Any_talker_is_accepted(string talker)
    {
        var c = new Collect();
        Assert.Equal(LineOutcome.Message, c.Line(WithChecksum($"{talker}VDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04hd,0")));
        Assert.Equal(240205400u, c.Messages[0].Mmsi);
    }

    [Fact]
    public void Vdo_is_own_ship_and_lower_case_checksum_crlf_and_prefix_are_tolerated()
    {
        var c = new Collect();
        Assert.Equal(LineOutcome.Message, c.Line(WithChecksum("AIVDO,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04hd,0").ToLowerInvariant().Replace("!aivdo", "!AIVDO", StringComparison.Ordinal).Replace("vf0p001d<uneesmq>gv`04hd", "vF0P001d<UnEeSmQ>gv`04hd", StringComparison.Ordinal)));
        Assert.Equal(LineOutcome.Message, c.Line(Type1 + "\r\n"));
        Assert.Equal(LineOutcome.Message, c.Line("2023-04-08 10:00:00 " + Type1));
        Assert.Equal(3, c.Messages.Count);
    }

    [Fact]
    public void Broken_lines_are_counted_by_reason()
    {
        var c = new Collect().Lines(string.Join('\n',
            Type1.Replace("*4C", "*4D", StringComparison.Ordinal),     // bad checksum
            Type1[..30],                                                // cut short
            "!AIVDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04hd,0",              // no checksum
            WithChecksum("AIVDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04hd,7"), // fill bits out of range
            WithChecksum("AIVDM,1,1,,B,,0"),                             // empty payload
            WithChecksum("AIVDM,1,1,,B,13U4vF0P001d<U~EeSmQ>gv`04hd,0"), // '~' is not armouring
            WithChecksum("AIVDM,1,1,,B,o3U4vF0P001d<UnEeSmQ>gv`04hd,0"), // type 55 does not exist
            WithChecksum("AIVDM,1,1,,B,13U4vF0P001d<U,0"),               // type 1 of 84 bits
            WithChecksum("AIVDM,2,2,7,B,Q1C`8888880,2"),                 // second part with no first
            "$GPGGA,184353.07,1929.045,S,02410.506,E,1,04,2.6,100.00,M,-33.9,M,,0000*6D",
            "foobar", "# a comment", ""));
        var s = c.Decoder.Statistics;
        Assert.Empty(c.Messages);
        Assert.Equal(1, s.Rejected(RejectReason.BadChecksum));
        Assert.Equal(1, s.Rejected(RejectReason.Truncated));
        Assert.Equal(1, s.Rejected(RejectReason.MissingChecksum));
        Assert.Equal(1, s.Rejected(RejectReason.BadFillBits));
        Assert.Equal(1, s.Rejected(RejectReason.EmptyPayload));
        Assert.Equal(1, s.Rejected(RejectReason.BadPayloadCharacter));
        Assert.Equal(1, s.Rejected(RejectReason.UnknownType));
        Assert.Equal(1, s.Rejected(RejectReason.TooShort));
        Assert.Equal(1, s.Rejected(RejectReason.OrphanFragment));
        Assert.Equal(2, s.Rejected(RejectReason.NotAis));
        Assert.Equal(2, s.IgnoredLines);
        Assert.Equal(s.Lines, s.RejectedLines + s.IgnoredLines);
    }

    [Fact]
    public void Tag_block_gives_time_and_source_and_a_bad_tag_checksum_keeps_the_sentence()
    {
        var c = new Collect();
        c.Line(@"\s:rORBCOMM000,c:1426118464*" + TagSum("s:rORBCOMM000,c:1426118464") + @"\" + Type1);
        Assert.Equal(1426118464000L, c.Messages[0].TimeMs);
        Assert.Equal("rORBCOMM000", c.Messages[0].Source);
        c.Line(@"\s:r3669961,c:1428451254*A\" + Type1); // malformed one-digit tag checksum, as in pyais's sample
        Assert.Equal(long.MinValue, c.Messages[1].TimeMs);
        Assert.Equal(1, c.Decoder.Statistics.TagBlocksIgnored);
    }

    [Fact]
    public void Multipart_with_tag_groups_and_a_single_sentence_between_the_parts()
    {
        // Two-part type 5 whose parts are tied by the tag block's g: group, with a type 1 from another receiver between them.
        var c = new Collect().Lines(string.Join('\n',
            @"\g:1-2-1604,s:rcv1,c:1600000000*" + TagSum("g:1-2-1604,s:rcv1,c:1600000000") + @"\!AIVDM,2,1,7,B,53aDpaT000010;CKKB0h4Q8TpLDr222222222216<P:656rd07Tai0CKk5hD,0*74",
            @"\s:rcv2,c:1600000001*" + TagSum("s:rcv2,c:1600000001") + @"\" + Type1,
            @"\g:2-2-1604*" + TagSum("g:2-2-1604") + @"\!AIVDM,2,2,7,B,Q1C`8888880,2*63"));
        Assert.Equal([1, 5], c.Messages.Select(m => m.Type).ToArray());
        var five = c.Messages[1];
        Assert.Equal(1600000000000L, five.TimeMs);
        Assert.Equal("rcv1", five.Source);
        Assert.Equal(2, five.Sentences);
        Assert.Equal("LAHRINGEN", StaticAndVoyageData.Read(Collect.Reader(five)).Name);
        Assert.Equal(1, c.Decoder.Statistics.FragmentLines);
    }

    [Fact]
    public void Interleaved_multipart_messages_on_one_channel_both_complete()
    {
        var c = new Collect().Lines(string.Join('\n',
            "!AIVDM,2,1,7,B,53aDpaT000010;CKKB0h4Q8TpLDr222222222216<P:656rd07Tai0CKk5hD,0*74",
            WithChecksum("AIVDM,2,1,8,B,53aDpaT000010;CKKB0h4Q8TpLDr222222222216<P:656rd07Tai0CKk5hD,0"),
            Type1,
            "!AIVDM,2,2,7,B,Q1C`8888880,2*63",
            WithChecksum("AIVDM,2,2,8,B,Q1C`8888880,2")));
        Assert.Equal([1, 5, 5], c.Messages.Select(m => m.Type).ToArray());
        Assert.Equal(0, c.Decoder.Statistics.RejectedLines);
    }

    [Fact]
    public void Stale_fragments_are_evicted_and_counted_and_pending_state_is_bounded()
    {
        var c = new Collect(new AisDecoderOptions { MaxPendingMessages = 4, MaxFragmentAgeLines = 100 });
        for (int i = 0; i < 50; i++)
            c.Line(WithChecksum($"AIVDM,2,1,{i % 10},{(i % 20 < 10 ? 'A' : 'B')},53aDpaT000010;CKKB0h4Q8TpLDr222222222216<P:656rd07Tai0CKk5hD,0"));
        Assert.True(c.Decoder.PendingLines <= 4);
        c.Decoder.Flush();
        var s = c.Decoder.Statistics;
        Assert.Equal(50, s.Rejected(RejectReason.StaleFragment));
        Assert.Equal(0, c.Decoder.PendingLines);
    }

    [Fact]
    public void Pghp_line_times_the_sentences_after_it_and_tag_time_wins()
    {
        var c = new Collect().Lines(string.Join('\n', "$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17", Type1, @"\c:1426118464*" + TagSum("c:1426118464") + @"\" + Type1));
        Assert.Equal(new DateTimeOffset(2008, 5, 9, 0, 0, 0, 10, TimeSpan.Zero).ToUnixTimeMilliseconds(), c.Messages[0].TimeMs);
        Assert.Equal(1426118464000L, c.Messages[1].TimeMs);
        Assert.Equal(1, c.Decoder.Statistics.TimestampLines);
    }

    [Fact]
    public void Uscg_trailer_gives_receiver_and_time_and_a_clock_fills_in_otherwise()
    {
        var c = new Collect(new AisDecoderOptions { Clock = new FixedClock(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)) });
        c.Line(Type1 + ",b003669794,1272412827");
        c.Line(Type1);
        Assert.Equal("b003669794", c.Messages[0].Source);
        Assert.Equal(1272412827000L, c.Messages[0].TimeMs);
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), c.Messages[1].TimeMs);
    }

    [Theory]
    [InlineData("!AIVDM,1,1,,B,H5O<UmTUC=D5m07G4=qplq0p8440,0*6D", 168)]  // type 24B (gpsd sample)
    [InlineData("!AIVDM,1,1,,A,H3KLehQ=DtddT00000000000000,0*5F", 162)]   // type 24A sent as 162 bits (gpsd sample)
    public void Over_length_type_24_is_accepted(string line, int bits)
    {
        var c = new Collect();
        Assert.Equal(LineOutcome.Message, c.Line(line));
        Assert.Equal(bits, c.Messages[0].BitLength);
    }

    internal static string WithChecksum(string body)
    {
        byte x = 0;
        foreach (char ch in body) x ^= (byte)ch;
        return "!" + body + "*" + x.ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static string TagSum(string content)
    {
        byte x = 0;
        foreach (char ch in content) x ^= (byte)ch;
        return x.ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
