using System.Text;

namespace Picket.Analysis.Live;

/// <summary>One source's input position in a checkpoint: the messages the analysis had taken, counted in the recording its first line names.</summary>
/// <param name="Name">The source's URL.</param>
/// <param name="Fingerprint">The hash of the first line of the stream the ordinals count in.</param>
/// <param name="Ordinal">Messages of that stream the tracks and detectors have seen.</param>
/// <param name="NewestTicks">The newest message time taken from the source (UTC ticks), 0 before any.</param>
internal sealed record SourceCheckpoint(string Name, string? Fingerprint, long Ordinal, long NewestTicks);

/// <summary>
/// What a watch needs to go on after a crash exactly where it stopped: each source's position, the length of
/// <c>events.jsonl</c> when the state was taken (what follows is cut off and emitted again), the clock's next tick
/// and the track builder's and detectors' own snapshots. Written whole to a temporary file and renamed over the last
/// one (<see cref="AtomicFile"/>), so a kill at any moment leaves the previous checkpoint or the new one, never half.
/// </summary>
internal sealed class LiveCheckpoint
{
    private const string Magic = "picket.watch";
    private const int Version = 1;

    public required string WatchId { get; init; }
    public bool Finished { get; init; }
    public long EventsBytes { get; init; }
    public long EventsWritten { get; init; }
    public long ClockNextTicks { get; init; }
    public long Messages { get; init; }
    public required IReadOnlyList<SourceCheckpoint> Sources { get; init; }
    public required byte[] Tracks { get; init; }
    public required byte[] Detectors { get; init; }

    public const string FileName = "watch.checkpoint";

    public void Write(string path) => AtomicFile.Write(path, stream =>
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(WatchId);
        w.Write(Finished);
        w.Write(EventsBytes);
        w.Write(EventsWritten);
        w.Write(ClockNextTicks);
        w.Write(Messages);
        w.Write(Sources.Count);
        foreach (var s in Sources)
        {
            w.Write(s.Name);
            w.Write(s.Fingerprint ?? "");
            w.Write(s.Ordinal);
            w.Write(s.NewestTicks);
        }
        w.Write(Tracks.Length);
        w.Write(Tracks);
        w.Write(Detectors.Length);
        w.Write(Detectors);
    });

    /// <summary>The checkpoint at <paramref name="path"/>; null when there is none; <see cref="InvalidDataException"/> when it is not one or is damaged.</summary>
    public static LiveCheckpoint? Read(string path)
    {
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            if (r.ReadString() != Magic) throw new InvalidDataException($"{path} is not a picket watch checkpoint");
            int version = r.ReadInt32();
            if (version != Version) throw new InvalidDataException($"{path} is a checkpoint of another version ({version}); start the watch in a new --out");
            var id = r.ReadString();
            bool finished = r.ReadBoolean();
            long bytes = r.ReadInt64(), written = r.ReadInt64(), clock = r.ReadInt64(), messages = r.ReadInt64();
            int n = r.ReadInt32();
            if (n is < 0 or > 10_000) throw new InvalidDataException($"{path} is damaged (source count {n})");
            var sources = new List<SourceCheckpoint>(n);
            for (var i = 0; i < n; i++)
            {
                var name = r.ReadString();
                var print = r.ReadString();
                sources.Add(new SourceCheckpoint(name, print.Length == 0 ? null : print, r.ReadInt64(), r.ReadInt64()));
            }
            var tracks = Bytes(r, path);
            var detectors = Bytes(r, path);
            if (bytes < 0 || written < 0) throw new InvalidDataException($"{path} is damaged (negative positions)");
            return new LiveCheckpoint
            {
                WatchId = id, Finished = finished, EventsBytes = bytes, EventsWritten = written, ClockNextTicks = clock, Messages = messages,
                Sources = sources, Tracks = tracks, Detectors = detectors,
            };
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path} is cut short", e);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{path} is damaged", e);
        }
    }

    private static byte[] Bytes(BinaryReader r, string path)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > r.BaseStream.Length - r.BaseStream.Position) throw new InvalidDataException($"{path} is damaged (a state of {n} bytes)");
        return r.ReadBytes(n);
    }
}
