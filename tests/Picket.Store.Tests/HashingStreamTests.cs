using Picket.Testing.Traffic;
using System.IO.Compression;
using Picket.Ais;
using Picket.Core.Input;
using Picket.Store.Ingest;
using Picket.Store.Tests.Support;

namespace Picket.Store.Tests;

public sealed class HashingStreamTests
{
    [Fact]
    public async Task A_read_through_the_stream_gives_the_file_key_of_FileHash_even_after_a_peek_and_rewind()
    {
        using var dir = new TempDir();
        string file = dir.File("feed.nmea");
        IngestFeed.Write(file, 5_000);
        var ct = TestContext.Current.CancellationToken;

        await using var hashing = new HashingStream(File.OpenRead(file));
        var head = new byte[100];
        await hashing.ReadExactlyAsync(head, ct); // format sniffing
        hashing.Position = 0;
        Assert.False(hashing.HashComplete);
        await hashing.CopyToAsync(Stream.Null, ct);

        Assert.True(hashing.HashComplete);
        Assert.Equal(FileHash.Compute(file), hashing.HashHex);
    }

    [Fact]
    public void A_skip_forward_makes_the_hash_unavailable_rather_than_wrong()
    {
        using var dir = new TempDir();
        string file = dir.File("f.bin");
        File.WriteAllBytes(file, new byte[10_000]);
        using var hashing = new HashingStream(File.OpenRead(file));

        hashing.Position = 5_000;
        hashing.CopyTo(Stream.Null);

        Assert.False(hashing.HashComplete);
        Assert.Throws<InvalidOperationException>(() => hashing.HashHex);
    }

    [Fact]
    public async Task Under_gzip_the_key_is_of_the_compressed_file_and_live_ingest_matches_picket_ingest()
    {
        using var dir = new TempDir();
        string plain = dir.File("feed.nmea"), gz = dir.File("feed.nmea.gz");
        var counts = IngestFeed.Write(plain, 5_000);
        await using (var output = File.Create(gz))
        await using (var zip = new GZipStream(output, CompressionLevel.Fastest))
        await using (var input = File.OpenRead(plain))
            await input.CopyToAsync(zip, TestContext.Current.CancellationToken);
        var ct = TestContext.Current.CancellationToken;
        using var store = StoreDatabase.Open(dir.File("s.duckdb"));

        using (var live = new LiveIngest(store))
        {
            await using var hashing = new HashingStream(File.OpenRead(gz));
            await using var unzip = new GZipStream(hashing, CompressionMode.Decompress, leaveOpen: true);
            var decoder = new AisDecoder();
            await NmeaStreamReader.ReadAsync(unzip, decoder, live, cancellationToken: ct);
            Assert.Equal(FileHash.Compute(gz), hashing.HashHex);
            live.EndFile(gz, hashing.HashHex, new FileInfo(gz).Length, InputFormat.Nmea, decoder.Statistics.Lines,
                decoder.Statistics.RejectedLines, RejectedReasons.Json(decoder.Statistics), complete: true);
            live.Complete();
        }

        Assert.Equal(counts.Positions, store.ScalarLong("SELECT count(*) FROM positions"));
        Assert.Equal(IngestStatus.AlreadyIngested, (await new StoreIngestor(store).IngestAsync(gz, ct: ct)).Status);
    }
}
