using System.Text;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;

namespace Picket.Ais.Tests;

/// <summary>
/// The decoder faults found against the peers' test suites, one test each. The hand-made sentences were built field by
/// field from ITU-R M.1371-5 and decoded by libais 0.17 and gpsdecode 3.22 as well; the expected values are the
/// standard's, where both peers agree with it.
/// </summary>
public sealed class DecoderFaultTests
{
    private const string Type1 = "!AIVDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04hd,0*4C";

    [Fact]
    public void Type_21_name_extension_is_kept_when_the_20th_character_is_a_space()
    {
        // Name "ABCDEFGHIJKLMNOPQRS " (20th character a space) + extension "EXT NAME": libais and gpsd both give
        // "ABCDEFGHIJKLMNOPQRS EXT NAME".
        var c = new Collect();
        c.Line("!AIVDM,1,1,,A,E>k`s@0PQ1R2S3T4U5V6W7`8a9hMN`nP<5Wf050`HKg001F583PCA@,4*06");
        var m = AidToNavigationReport.Read(Collect.Reader(c.Messages.Single()));
        Assert.Equal("ABCDEFGHIJKLMNOPQRS EXT NAME", m.Name);
        Assert.Equal(-70.5, m.Longitude);
        Assert.Equal(42.25, m.Latitude);
    }

    [Fact]
    public void Text_after_at_sign_padding_is_dropped()
    {
        // Call sign "@@J130B" (leading padding, a transmitter bug) and name "ALPHA@JUNK": gpsd gives "" and "ALPHA".
        var c = new Collect().Lines(string.Join('\n',
            "!AIVDM,2,1,3,A,53aDo802;H;p00c7?084i0P40aDpd0000000001@<PD::5HfNNlSm51DQ0C@,0*31",
            "!AIVDM,2,2,3,A,00000000000,2*27"));
        var m = StaticAndVoyageData.Read(Collect.Reader(c.Messages.Single()));
        Assert.Equal("", m.CallSign);
        Assert.Equal("ALPHA", m.Name);
        Assert.Equal("ROTTERDAM", m.Destination);
        Assert.Equal(9134270, m.Imo);
    }

    [Fact]
    public void Fields_beyond_a_short_payload_are_absent_not_zero()
    {
        // A type 1 cut to 162 bits (27 characters) is within gpsd's tolerance, but its 19-bit radio state ends at bit 168.
        var c = new Collect();
        Assert.Equal(LineOutcome.Message, c.Line(FramingTests.WithChecksum("AIVDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04h,0")));
        var a = PositionReportClassA.Read(Collect.Reader(c.Messages[0]));
        Assert.Null(a.RadioStatus);
        Assert.Equal(240205400u, a.Mmsi);
        // A type 5 of 420 bits lacks its DTE flag (bit 422); the full message has it.
        Assert.Equal(LineOutcome.Message, c.Line(FramingTests.WithChecksum("AIVDM,1,1,,A,53aDo802;H;p00c7?084i0P40aDpd0000000001@<PD::5HfNNlSm51DQ0C@0000000000,0")));
        Assert.Null(StaticAndVoyageData.Read(Collect.Reader(c.Messages[1])).Dte);
        c.Line(FramingTests.WithChecksum("AIVDM,1,1,,A,53aDo802;H;p00c7?084i0P40aDpd0000000001@<PD::5HfNNlSm51DQ0C@00000000000,2"));
        Assert.False(StaticAndVoyageData.Read(Collect.Reader(c.Messages[2])).Dte);
        // And the JSON output says so.
        string json = Json(FramingTests.WithChecksum("AIVDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04h,0"));
        Assert.Contains("\"radio\":null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("radio_scheme", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_whose_last_fragment_has_an_empty_payload_is_decoded()
    {
        // The whole 424-bit type 5 in the first sentence and an empty second one; gpsd decodes it.
        var c = new Collect().Lines(string.Join('\n',
            "!AIVDM,2,1,4,B,53aDo802;H;p00c7?084i0P40aDpd0000000001@<PD::5HfNNlSm51DQ0C@00000000000,2*07",
            "!AIVDM,2,2,4,B,,0*11"));
        var m = Assert.Single(c.Messages);
        Assert.Equal(424, m.BitLength);
        Assert.Equal("ROTTERDAM", StaticAndVoyageData.Read(Collect.Reader(m)).Destination);
        Assert.Equal(0, c.Decoder.Statistics.RejectedLines);
        // A single sentence with nothing in it is still empty.
        Assert.Equal(LineOutcome.Rejected, c.Line(FramingTests.WithChecksum("AIVDM,1,1,,B,,0")));
        Assert.Equal(RejectReason.EmptyPayload, c.Decoder.LastRejectReason);
    }

    [Fact]
    public void Over_length_type_27_is_rejected_as_too_long()
    {
        var c = new Collect();
        // 96 bits, from gpsd's ais-18-27.log: a position.
        Assert.Equal(LineOutcome.Message, c.Line("!AIVDM,1,1,,A,K3KLehP0rPTJ10Qr,0*2A"));
        // The same 96 bits followed by 72 more: type 27 is exactly 96 bits (M.1371-5 Annex 8 §3.26).
        Assert.Equal(LineOutcome.Rejected, c.Line(FramingTests.WithChecksum("AIVDM,1,1,,A,K3KLehP0rPTJ10Qr000000000000,0")));
        Assert.Equal(RejectReason.TooLong, c.Decoder.LastRejectReason);
        Assert.Equal(1, c.Decoder.Statistics.Rejected(RejectReason.TooLong));
    }

    [Theory]
    [InlineData("12")] [InlineData("X")] [InlineData("-1")] [InlineData("0")]
    public void Any_sequence_id_on_a_single_sentence_line_is_accepted(string sequenceId)
    {
        var c = new Collect();
        Assert.Equal(LineOutcome.Message, c.Line(FramingTests.WithChecksum($"AIVDM,1,1,{sequenceId},B,13U4vF0P001d<UnEeSmQ>gv`04hd,0")));
        Assert.Equal(240205400u, c.Messages[0].Mmsi);
    }

    [Fact]
    public void A_malformed_sequence_id_on_a_multipart_line_is_still_refused()
    {
        var c = new Collect();
        Assert.Equal(LineOutcome.Rejected, c.Line(FramingTests.WithChecksum("AIVDM,2,1,X,A,53aDo802;H;p00c7?084i0P40aDpd0000000001@<PD::5HfNNlSm51DQ0C@,0")));
        Assert.Equal(RejectReason.MalformedField, c.Decoder.LastRejectReason);
    }

    [Theory]
    [InlineData("xyz")] [InlineData(" trailing words")] [InlineData("\u001b[31m")] [InlineData("*00")]
    public void Trailing_text_after_a_good_checksum_keeps_the_sentence_and_is_counted(string trailer)
    {
        var c = new Collect();
        Assert.Equal(LineOutcome.Message, c.Line(Type1 + trailer));
        Assert.Equal(1, c.Decoder.Statistics.TrailingTextLines);
        Assert.Equal(0, c.Decoder.Statistics.Rejected(RejectReason.BadChecksum));
    }

    [Fact]
    public void Trailing_text_does_not_rescue_a_bad_checksum()
    {
        var c = new Collect();
        Assert.Equal(LineOutcome.Rejected, c.Line(Type1.Replace("*4C", "*4D", StringComparison.Ordinal) + "xyz"));
        Assert.Equal(RejectReason.BadChecksum, c.Decoder.LastRejectReason);
    }

    internal static string Json(string line)
    {
        var decoder = new AisDecoder();
        using var buffer = new MemoryStream();
        using (var writer = new Output.AisJsonLineWriter(buffer))
        {
            Assert.Equal(LineOutcome.Message, decoder.Decode(Encoding.ASCII.GetBytes(line), out var p));
            writer.Write(p);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
