using Picket.Ais.Nmea;

namespace Picket.Ais.Tests;

/// <summary>pyais's sample logs decode without a rejected line, except the lines that are truly broken or not AIS.</summary>
public sealed class PyaisSampleTests(ITestOutputHelper output)
{
    /// <summary>
    /// The broken lines, counted by reading the files: nmea_data_sample.txt has 100 empty payloads (<c>!AIVDM,1,1,,A,,0*26</c>)
    /// and 20 first fragments of two-part messages whose second parts are not in the file; mixed.txt has six lines that are
    /// not AIS ($GPGGA, $GPRTE, $GPR00, $IIMWV, "foobar", "IamNotAnAisMessage1111"), a $PGHP line whose year was edited
    /// without fixing its checksum, and one AIVDM line whose checksum field was lost ("…,013"); timestamped.ais has the
    /// same edited $PGHP line.
    /// </summary>
    [Theory]
    [InlineData("nmea_data_sample.txt", "empty_payload=100,stale_fragment=20")]
    [InlineData("mixed.txt", "not_ais=6,bad_checksum=1,missing_checksum=1")]
    [InlineData("messages.ais", "")]
    [InlineData("timestamped.ais", "bad_checksum=1")]
    public void Decodes_every_sound_line(string file, string expectedRejections)
    {
        string path = SharedData.Require("ais", "pyais", file);
        var decoder = new AisDecoder();
        using (var stream = File.OpenRead(path)) NmeaStreamReader.Read(stream, decoder, new NullSink());
        var s = decoder.Statistics;
        output.WriteLine($"{file}:\n{s}");
        string actual = string.Join(',', Enum.GetValues<RejectReason>().Where(r => s.Rejected(r) > 0).Select(r => $"{DecodeStatistics.ReasonName(r)}={s.Rejected(r)}"));
        Assert.Equal(Sorted(expectedRejections), Sorted(actual));
        int aisLines = File.ReadLines(path).Count(l => l.Contains("VDM,", StringComparison.Ordinal));
        Assert.True(s.Messages > 0);
        Assert.Equal(aisLines, s.Messages + s.FragmentLines + s.RejectedLines - s.Rejected(RejectReason.NotAis) - PghpRejections(s, path));
        Assert.Equal(s.Lines, s.Messages + s.FragmentLines + s.RejectedLines + s.IgnoredLines + s.TimestampLines);
    }

    private static long PghpRejections(DecodeStatistics s, string path) =>
        File.ReadLines(path).Count(l => l.StartsWith("$PGHP", StringComparison.Ordinal)) - s.TimestampLines;

    private static string Sorted(string csv) => string.Join(',', csv.Split(',', StringSplitOptions.RemoveEmptyEntries).Order());

    private sealed class NullSink : IAisMessageSink
    {
        public void OnMessage(in AisPayload message) { }
    }
}
