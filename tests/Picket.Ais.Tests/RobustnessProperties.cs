using System.Text;
using FsCheck.Xunit;
using Picket.Ais.Nmea;

namespace Picket.Ais.Tests;

/// <summary>Untrusted input: arbitrary bytes, mutated and cut sentences never throw, and every line is accounted for.</summary>
public sealed class RobustnessProperties
{
    private static readonly string[] s_valid =
    [
        "!AIVDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04hd,0*4C",
        "!AIVDM,2,1,7,B,53aDpaT000010;CKKB0h4Q8TpLDr222222222216<P:656rd07Tai0CKk5hD,0*74",
        "!AIVDM,2,2,7,B,Q1C`8888880,2*63",
        @"\s:rORBCOMM000,c:1426118464*3B\!AIVDM,1,1,,A,H3KLehQ=DtddT00000000000000,0*5F",
        "$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17",
    ];

    [Property(MaxTest = 1000)]
    public void Arbitrary_bytes_never_throw(byte[]? bytes)
    {
        var decoder = new AisDecoder();
        decoder.Decode(bytes ?? [], out _);
        using var stream = new MemoryStream(bytes ?? []);
        NmeaStreamReader.Read(stream, new AisDecoder(), new CountingSink());
    }

    [Property(MaxTest = 1000)]
    public bool Mutated_sentences_never_throw_and_are_accounted_for(int which, int position, byte value, int cut)
    {
        var decoder = new AisDecoder();
        foreach (var line in s_valid)
        {
            var bytes = Encoding.ASCII.GetBytes(line);
            int i = (position & int.MaxValue) % bytes.Length;
            if ((which & 1) == 0) bytes[i] = value;
            int length = (which & 2) == 0 ? bytes.Length : (cut & int.MaxValue) % (bytes.Length + 1);
            decoder.Decode(bytes.AsSpan(0, length), out _);
        }
        decoder.Flush();
        var s = decoder.Statistics;
        return s.Lines == s.Messages + s.FragmentLines + s.RejectedLines + s.IgnoredLines + s.TimestampLines;
    }

    [Fact]
    public void Every_prefix_of_every_sentence_is_handled()
    {
        var decoder = new AisDecoder();
        foreach (var line in s_valid)
            for (int n = 0; n <= line.Length; n++) decoder.Decode(Encoding.ASCII.GetBytes(line[..n]), out _);
        decoder.Flush();
        var s = decoder.Statistics;
        Assert.Equal(s.Lines, s.Messages + s.FragmentLines + s.RejectedLines + s.IgnoredLines + s.TimestampLines);
    }

    internal sealed class CountingSink : IAisMessageSink
    {
        public int Count;
        public List<string> Seen { get; } = new();
        public void OnMessage(in AisPayload message)
        {
            Count++;
            Seen.Add($"{message.MessageType}:{message.Mmsi}:{Encoding.ASCII.GetString(message.Armored)}:{message.TimeMs}");
        }
    }
}
