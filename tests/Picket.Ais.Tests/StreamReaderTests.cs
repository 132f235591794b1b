using System.IO.Compression;
using System.Text;
using Picket.Ais.Nmea;

namespace Picket.Ais.Tests;

/// <summary>The stream reader gives the same messages however the bytes arrive, and bounds what a bad line can cost.</summary>
public sealed class StreamReaderTests
{
    private static byte[] SampleBytes()
    {
        var text = new StringWriter();
        Picket.Ais.Tests.SampleText.Write(text);
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    [Fact]
    public void Same_messages_for_every_read_size()
    {
        byte[] input = SampleBytes();
        var whole = Decode(new MemoryStream(input));
        Assert.True(whole.Count > 20);
        foreach (int chunk in new[] { 1, 2, 3, 7, 13, 64, 100, 4096 })
            Assert.Equal(whole, Decode(new TrickleStream(input, chunk)));
    }

    [Fact]
    public void Gzip_is_detected_by_content()
    {
        byte[] input = SampleBytes();
        string path = Path.Combine(Path.GetTempPath(), $"picket-{Guid.NewGuid():N}.log");
        try
        {
            using (var file = File.Create(path))
            using (var gz = new GZipStream(file, CompressionLevel.Fastest)) gz.Write(input);
            using var stream = NmeaStreamReader.OpenFile(path);
            Assert.Equal(Decode(new MemoryStream(input)), Decode(stream));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void An_endless_line_is_skipped_and_counted_once_and_the_next_line_decodes()
    {
        var ms = new MemoryStream();
        ms.Write(Encoding.ASCII.GetBytes("!AIVDM,1,1,,B,"));
        var junk = new byte[5_000_000];
        Array.Fill(junk, (byte)'x');
        ms.Write(junk);
        ms.Write(Encoding.ASCII.GetBytes("\n!AIVDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04hd,0*4C\n"));
        ms.Position = 0;
        var decoder = new AisDecoder();
        var sink = new RobustnessProperties.CountingSink();
        NmeaStreamReader.Read(ms, decoder, sink);
        Assert.Equal(1, sink.Count);
        Assert.Equal(1, decoder.Statistics.Rejected(RejectReason.LineTooLong));
        Assert.Equal(2, decoder.Statistics.Lines);
    }

    [Fact]
    public void Last_line_without_newline_is_decoded()
    {
        var decoder = new AisDecoder();
        var sink = new RobustnessProperties.CountingSink();
        NmeaStreamReader.Read(new MemoryStream(Encoding.ASCII.GetBytes("!AIVDM,1,1,,B,13U4vF0P001d<UnEeSmQ>gv`04hd,0*4C")), decoder, sink);
        Assert.Equal(1, sink.Count);
    }

    private static List<string> Decode(Stream s)
    {
        var sink = new RobustnessProperties.CountingSink();
        NmeaStreamReader.Read(s, new AisDecoder(), sink);
        return sink.Seen;
    }

    /// <summary>Returns at most <c>chunk</c> bytes per read, as a slow network or a pipe might.</summary>
    internal sealed class TrickleStream(byte[] data, int chunk) : Stream
    {
        private int _position;
        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(Math.Min(count, chunk), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => data.Length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
