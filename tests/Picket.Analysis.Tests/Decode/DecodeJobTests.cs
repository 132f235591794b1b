using System.IO.Compression;
using System.Text;
using Picket.Analysis.Decode;
using Picket.Core.Input;
using Picket.Reporting.Decoded;

namespace Picket.Analysis.Tests.Decode;

/// <summary>
/// <see cref="DecodeJob"/> in process over the committed sample log, whose content is known (26 messages, one bad
/// checksum, one cut line, one GPS sentence): plain and gzip alike, a missing input recorded and the next one read.
/// </summary>
public sealed class DecodeJobTests
{
    static string Sample()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "global.json"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("global.json not found"), "samples", "demo.nmea");
    }

    [Fact]
    public async Task The_sample_decodes_to_its_known_counts_plain_and_gzip_and_a_missing_input_does_not_stop_the_rest()
    {
        using var dir = new TempDir("picket-decodejob");
        var gz = dir["demo.nmea.gz"];
        await using (var file = File.Create(gz))
        await using (var zip = new GZipStream(file, CompressionLevel.Fastest))
        {
            await zip.WriteAsync(await File.ReadAllBytesAsync(Sample(), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        }

        using var output = new MemoryStream();
        DecodeResult result;
        using (var sink = new DecodedMessageWriter(output))
        {
            IAisSource[] inputs = [AisSources.FromArgument(Sample()), AisSources.FromArgument(dir["missing.nmea"]), AisSources.FromArgument(gz)];
            result = await DecodeJob.RunAsync(inputs, sink, TestContext.Current.CancellationToken);
        }

        Assert.False(result.Complete);
        Assert.Equal([null, "missing", null], result.Inputs.Select(i => i.Error is null ? null : "missing"));
        Assert.Equal(result.Inputs[0].Nmea.Messages, result.Inputs[2].Nmea.Messages);
        Assert.Equal(26L, result.Inputs[0].Nmea.Messages);
        Assert.Equal(52L, result.Total.Messages);
        Assert.Equal(52, Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("bad_checksum: 1", result.Inputs[0].Nmea.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_reaches_the_job()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var sink = new DecodedMessageWriter(Stream.Null);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DecodeJob.RunAsync([AisSources.FromArgument(Sample())], sink, cts.Token));
    }
}
