using System.Text;
using Picket.Analysis.Live;
using Picket.Core.Input.Live;
using Picket.Testing.Feeds;

namespace Picket.Analysis.Tests.Live;

/// <summary>
/// The checkpoint file keeps the layout of version 1, as every earlier build wrote it (its states as byte arrays, an
/// int length before each): a watch's checkpoint decoded and encoded again by this test's own codec of that layout is
/// the same bytes, the watch resumes from the re-encoded file to the batch answer, the states the writers streamed
/// into the file are read back exactly, and a damaged or replaced file is refused with a message, never half taken.
/// </summary>
[Collection(SmallFeed.Collection)]
public sealed class LiveCheckpointFormatTests(SmallFeed feed)
{
    [Fact]
    public async Task A_checkpoint_in_the_version_1_layout_of_earlier_builds_resumes_to_the_batch_answer()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDir("picket-checkpoint-v1");
        var (path, recording) = await SourceWatch.GrowingFileAsync(feed, dir, length: r => r / 2);
        var request = SourceWatch.Request(dir["out"], TimeSpan.FromMilliseconds(200), LiveSourceAddress.Parse("file:" + path));
        await SourceWatch.StopPartWayAsync(request, messages: 30_000);

        var checkpoint = dir["out/" + LiveCheckpoint.FileName];
        var written = await File.ReadAllBytesAsync(checkpoint, ct);
        var v1 = CheckpointV1.Decode(written);
        Assert.False(v1.Finished);
        Assert.True(v1.Messages > 0, "no message in the checkpoint");
        Assert.All(v1.States, s => Assert.True(s.Length > 0, "a state of a running watch is empty"));
        var encoded = CheckpointV1.Encode(v1);
        Assert.Equal(written.Length, encoded.Length);
        Assert.True(written.AsSpan().SequenceEqual(encoded), "the checkpoint is not in the version 1 layout");
        await File.WriteAllBytesAsync(checkpoint, encoded, ct);

        await SourceWatch.AppendRestAsync(path, recording, from: recording.Length / 2);
        var (resumed, events) = await SourceWatch.RunAsync(request);
        Assert.True(resumed.Resumed);
        Assert.True(resumed.Status.Sources.Single().Skipped > 0);
        FinalEvents.AssertSame(await feed.Events, events);
    }

    [Fact]
    public void States_written_by_their_writers_are_read_back_exactly_and_an_absent_one_is_empty()
    {
        using var dir = new TempDir("picket-checkpoint-states");
        var tracks = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7)).ToArray();
        var alerts = Encoding.UTF8.GetBytes("{\"format\":\"not really\"}");
        var path = dir[LiveCheckpoint.FileName];
        new LiveCheckpoint
        {
            WatchId = "w1", Messages = 42, Sources = [new SourceCheckpoint("tcp://feed:1", "abc", 41, 638_000_000_000_000_000)],
            SaveTracks = s => s.Write(tracks), SaveAlerts = s => s.Write(alerts),
        }.Write(path);

        var read = LiveCheckpoint.Read(path)!;
        Assert.Equal(("w1", 42L, "abc", 41L), (read.WatchId, read.Messages, read.Sources.Single().Fingerprint, read.Sources.Single().Ordinal));
        Assert.Equal(tracks, ReadState(read, LiveCheckpointState.Tracks));
        Assert.Empty(ReadState(read, LiveCheckpointState.Detectors));
        Assert.Equal(alerts, ReadState(read, LiveCheckpointState.Alerts));
        Assert.Equal((tracks.Length, 0, alerts.Length), (read.StateLength(LiveCheckpointState.Tracks), read.StateLength(LiveCheckpointState.Detectors), read.StateLength(LiveCheckpointState.Alerts)));
        // The same bytes as the version 1 layout of byte-array states.
        var v1 = CheckpointV1.Decode(File.ReadAllBytes(path));
        Assert.Equal(File.ReadAllBytes(path), CheckpointV1.Encode(v1));
        Assert.Equal(tracks, v1.States[0]);

        // Replaced after it was read (another watch on the same --out): its states are refused, not mixed.
        new LiveCheckpoint { WatchId = "w2", Sources = [], SaveTracks = s => s.Write(alerts) }.Write(path);
        Assert.Throws<InvalidDataException>(() => read.OpenState(LiveCheckpointState.Tracks));
    }

    [Theory]
    [InlineData(-100)] // cut short inside the last state
    [InlineData(+1)]   // a state's length beyond the end of the file
    public void A_damaged_checkpoint_is_refused_with_a_message(int damage)
    {
        using var dir = new TempDir("picket-checkpoint-damaged");
        var path = dir[LiveCheckpoint.FileName];
        new LiveCheckpoint { WatchId = "w", Sources = [], SaveTracks = s => s.Write(new byte[1000]), SaveAlerts = s => s.Write(new byte[500]) }.Write(path);
        var bytes = File.ReadAllBytes(path);
        if (damage < 0) bytes = bytes[..^-damage];
        else BitConverter.TryWriteBytes(bytes.AsSpan(bytes.Length - 500 - sizeof(int)), 500 + damage);
        File.WriteAllBytes(path, bytes);

        var e = Assert.Throws<InvalidDataException>(() => LiveCheckpoint.Read(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkpoint_whose_state_is_damaged_stops_the_resume_with_a_message()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDir("picket-checkpoint-bad-state");
        var request = SourceWatch.Request(dir["out"], TimeSpan.FromMilliseconds(200), LiveSourceAddress.Parse("file:" + feed.Feed));
        await SourceWatch.StopPartWayAsync(request, messages: 10_000);
        var checkpoint = dir["out/" + LiveCheckpoint.FileName];
        var v1 = CheckpointV1.Decode(await File.ReadAllBytesAsync(checkpoint, ct));
        v1.States[0][1] ^= 0x55; // inside the track builder's snapshot header
        await File.WriteAllBytesAsync(checkpoint, CheckpointV1.Encode(v1), ct);

        var e = await Assert.ThrowsAsync<AnalysisException>(() => new LiveAnalysisJob(request).RunAsync(ct).WaitAsync(SourceWatch.Limit, ct));
        Assert.Contains("cannot resume", e.Message, StringComparison.Ordinal);
    }

    private static byte[] ReadState(LiveCheckpoint checkpoint, LiveCheckpointState state)
    {
        using var stream = checkpoint.OpenState(state);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// The checkpoint layout version 1 as earlier builds wrote it, coded here on its own: a .NET BinaryWriter's string
    /// "picket.watch", int 1, the watch id, finished, six longs, the sources (name, fingerprint or "", two longs),
    /// then the tracks', detectors' and alerts' states, each an int length and the bytes.
    /// </summary>
    private sealed record CheckpointV1(string Id, bool Finished, long[] Positions, (string, string, long, long)[] Sources, byte[][] States)
    {
        public long Messages => Positions[5];

        public static CheckpointV1 Decode(byte[] file)
        {
            using var r = new BinaryReader(new MemoryStream(file), Encoding.UTF8);
            Assert.Equal("picket.watch", r.ReadString());
            Assert.Equal(1, r.ReadInt32());
            var id = r.ReadString();
            bool finished = r.ReadBoolean();
            var positions = Enumerable.Range(0, 6).Select(_ => r.ReadInt64()).ToArray();
            var sources = Enumerable.Range(0, r.ReadInt32()).Select(_ => (r.ReadString(), r.ReadString(), r.ReadInt64(), r.ReadInt64())).ToArray();
            var states = Enumerable.Range(0, 3).Select(_ => r.ReadBytes(r.ReadInt32())).ToArray();
            Assert.Equal(file.Length, r.BaseStream.Position);
            return new CheckpointV1(id, finished, positions, sources, states);
        }

        public static byte[] Encode(CheckpointV1 c)
        {
            using var stream = new MemoryStream();
            using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                w.Write("picket.watch");
                w.Write(1);
                w.Write(c.Id);
                w.Write(c.Finished);
                foreach (var p in c.Positions) w.Write(p);
                w.Write(c.Sources.Length);
                foreach (var (name, print, ordinal, newest) in c.Sources)
                {
                    w.Write(name);
                    w.Write(print);
                    w.Write(ordinal);
                    w.Write(newest);
                }
                foreach (var s in c.States)
                {
                    w.Write(s.Length);
                    w.Write(s);
                }
            }
            return stream.ToArray();
        }
    }
}
