using System.IO.Compression;
using System.Text;
using Picket.Core.Input;

namespace Picket.Core.Tests.Input;

/// <summary>The one sniff and hash of every input: gzip or plain, CSV, NMEA or Parquet, from the bytes, on streams that cannot seek.</summary>
public sealed class AisInputTests
{
    private const string Nmea = "\\s:rx1,c:1518566400*00\\!AIVDM,1,1,,B,16`rnWEP008v1l<F9QUMqs0005J;,0*73\n";
    private const string Csv = "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName\n445112000,2018-03-02T10:00:00,38.9,123.8,5.1,90.0,88,SAMPLE\n";

    private static byte[] Gzip(byte[] plain)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(plain);
        return buffer.ToArray();
    }

    /// <summary>A stream that cannot seek and returns at most 3 bytes a read, as a pipe or a socket may.</summary>
    private sealed class Trickle(byte[] data) : Stream
    {
        private readonly MemoryStream _data = new(data);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(Span<byte> buffer) => _data.Read(buffer[..Math.Min(3, buffer.Length)]);
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    public static TheoryData<string, bool, AisInputFormat> Inputs => new()
    {
        { Nmea, false, AisInputFormat.Nmea },
        { Nmea, true, AisInputFormat.Nmea },
        { Csv, false, AisInputFormat.Csv },
        { Csv, true, AisInputFormat.Csv },
        { "PAR1 and then some", false, AisInputFormat.Parquet },
        { "", false, AisInputFormat.Nmea },
        { "!A", true, AisInputFormat.Nmea },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task A_stream_that_cannot_seek_is_recognised_read_whole_and_hashed_like_its_file(string text, bool gzip, AisInputFormat format)
    {
        var ct = TestContext.Current.CancellationToken;
        byte[] plain = Encoding.ASCII.GetBytes(text), raw = gzip ? Gzip(plain) : plain;
        string file = Path.Combine(Path.GetTempPath(), $"picket-aisinput-{Guid.NewGuid():N}");
        await File.WriteAllBytesAsync(file, raw, ct);
        try
        {
            long reported = 0;
            await using var input = await AisInput.OpenAsync(new StreamSource("pipe", _ => ValueTask.FromResult<Stream>(new Trickle(raw))), n => reported += n, ct);
            Assert.Equal(format, input.Format);
            Assert.Equal(gzip, input.Compressed);
            using var content = new MemoryStream();
            await input.Content.CopyToAsync(content, ct);
            Assert.Equal(plain, content.ToArray()); // the sniffed head is given back, nothing lost or repeated
            Assert.Equal(FileHash.Compute(file), await input.FinishHashAsync(ct));
            Assert.Equal(raw.Length, reported);
            Assert.Equal(raw.Length, input.RawBytesRead);
            Assert.Equal(format, AisInput.Sniff(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_truncated_gzip_is_an_error_when_read_not_a_short_file()
    {
        var ct = TestContext.Current.CancellationToken;
        var whole = Gzip(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(Nmea, 2000))));
        var cut = whole[..(whole.Length / 2)];
        await using var input = await AisInput.OpenAsync(new StreamSource("cut", _ => ValueTask.FromResult<Stream>(new MemoryStream(cut))), cancellationToken: ct);
        Assert.Equal(AisInputFormat.Nmea, input.Format);
        await Assert.ThrowsAsync<InvalidDataException>(() => input.Content.CopyToAsync(Stream.Null, ct));
    }

    [Fact]
    public async Task A_stream_source_opens_once()
    {
        var source = new StreamSource("once", _ => ValueTask.FromResult<Stream>(new MemoryStream()));
        await using var first = await AisInput.OpenAsync(source, cancellationToken: TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<InvalidOperationException>(() => AisInput.OpenAsync(source, cancellationToken: TestContext.Current.CancellationToken));
        Assert.False(source.IsFile);
        Assert.Null(source.Length);
    }
}
