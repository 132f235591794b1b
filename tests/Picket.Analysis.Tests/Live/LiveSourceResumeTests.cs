using Picket.Analysis.Live;
using Picket.Core.Input.Live;
using Picket.Testing.Feeds;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// Checkpoint and resume for the sources that can be read again from their start: a followed file that stopped being
/// watched part-way (and grew meanwhile), and standard input given the same stream again. The restarted watch skips
/// what its checkpoint holds (the connection's first line says it is the same recording) and ends with the events of
/// <c>picket analyze</c>, none missing, none written twice.
/// </summary>
[Collection(SmallFeed.Collection)]
public sealed class LiveSourceResumeTests(SmallFeed feed)
{
    private static LiveRequest Watch(string dir, LiveSourceAddress source) => SourceWatch.Request(dir, TimeSpan.FromMilliseconds(200), source);

    /// <summary>The restarted watch resumed, skipped what its checkpoint held, and ended with the batch's events.</summary>
    private static async Task AssertResumesToBatchAnswer(LiveRequest request, Dictionary<string, string> batch)
    {
        var (resumed, events) = await SourceWatch.RunAsync(request);
        Assert.True(resumed.Resumed);
        Assert.True(resumed.Status.Sources.Single().Skipped > 0);
        FinalEvents.AssertSame(batch, events);
    }

    [Fact]
    public async Task A_followed_file_resumes_where_the_checkpoint_stopped_and_takes_what_was_written_meanwhile()
    {
        using var dir = new TempDir("picket-watch-tail-resume");
        var (path, recording) = await SourceWatch.GrowingFileAsync(feed, dir, length: r => r / 2 + 11);
        var request = Watch(dir["out"], LiveSourceAddress.Parse("file:" + path));
        await SourceWatch.StopPartWayAsync(request, messages: 30_000);

        // Written while nobody watched: the restarted watch reads the file from its start, skips what it holds, takes the rest.
        await SourceWatch.AppendRestAsync(path, recording, from: recording.Length / 2 + 11);
        await AssertResumesToBatchAnswer(request, await feed.Events);
    }

    [Fact]
    public async Task Standard_input_given_the_same_stream_again_resumes_from_the_checkpoint()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDir("picket-watch-stdin-resume");
        var recording = await File.ReadAllBytesAsync(feed.Feed, ct);
        var request = Watch(dir.Path, LiveSourceAddress.Parse("-"));
        // The first run's input delivers 40 % and then stalls (a pipe whose writer is slow) until the watch is stopped.
        await SourceWatch.StopPartWayAsync(request with
        {
            FeedOptions = FeedReader.DefaultOptions with { OpenStandardInput = () => new StallingStream(recording, recording.Length * 4 / 10) },
        }, messages: 30_000);

        await AssertResumesToBatchAnswer(request with
        {
            StopWhenIdle = null,
            FeedOptions = FeedReader.DefaultOptions with { OpenStandardInput = () => new MemoryStream(recording, writable: false) },
        }, await feed.Events);
    }

    /// <summary>The first <c>length</c> bytes of a recording, then no more until the reader gives up.</summary>
    private sealed class StallingStream(byte[] recording, int length) : Stream
    {
        private int _position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("read asynchronously");
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position >= length) await Task.Delay(Timeout.Infinite, cancellationToken);
            int n = Math.Min(buffer.Length, length - _position);
            recording.AsMemory(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
