using System.Text;

namespace Picket.Analysis.Live;

/// <summary>One source's input position in a checkpoint: the messages the analysis had taken, counted in the recording its first line names.</summary>
/// <param name="Name">The source's URL.</param>
/// <param name="Fingerprint">The hash of the first line of the stream the ordinals count in.</param>
/// <param name="Ordinal">Messages of that stream the tracks and detectors have seen.</param>
/// <param name="NewestTicks">The newest message time taken from the source (UTC ticks), 0 before any.</param>
internal sealed record SourceCheckpoint(string Name, string? Fingerprint, long Ordinal, long NewestTicks);

/// <summary>
/// What a watch needs to go on after a crash exactly where it stopped: each source's position, the lengths of
/// <c>events.jsonl</c> and <c>alerts.jsonl</c> when the state was taken (what follows is cut off and emitted again), the clock's next tick
/// and the track builder's, detectors' and alert engine's own snapshots. Written whole to a temporary file and renamed over the last
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
    public long AlertsBytes { get; init; }
    public long AlertsWritten { get; init; }
    public long Messages { get; init; }
    public required IReadOnlyList<SourceCheckpoint> Sources { get; init; }
    public byte[] Tracks { get; init; } = [];
    public byte[] Detectors { get; init; } = [];
    public byte[] Alerts { get; init; } = [];

    /// <summary>
    /// Writers of the three states straight into the checkpoint file, in place of <see cref="Tracks"/>, <see cref="Detectors"/>
    /// and <see cref="Alerts"/>: a snapshot grows with the vessels held, and buffering it first (a growing memory stream,
    /// then its copy) raised the watch's peak working set at every checkpoint by a few times the snapshot's size.
    /// </summary>
    public Action<Stream>? SaveTracks { get; init; }
    public Action<Stream>? SaveDetectors { get; init; }
    public Action<Stream>? SaveAlerts { get; init; }

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
        w.Write(AlertsBytes);
        w.Write(AlertsWritten);
        w.Write(Messages);
        w.Write(Sources.Count);
        foreach (var s in Sources)
        {
            w.Write(s.Name);
            w.Write(s.Fingerprint ?? "");
            w.Write(s.Ordinal);
            w.Write(s.NewestTicks);
        }
        State(w, Tracks, SaveTracks);
        State(w, Detectors, SaveDetectors);
        State(w, Alerts, SaveAlerts);
    });

    /// <summary>A state as its length then its bytes; a writer's output is measured in the file and its length put in front.</summary>
    private static void State(BinaryWriter w, byte[] bytes, Action<Stream>? save)
    {
        if (save == null)
        {
            w.Write(bytes.Length);
            w.Write(bytes);
            return;
        }
        w.Flush();
        var stream = w.BaseStream;
        long at = stream.Position;
        w.Write(0);
        w.Flush();
        save(stream);
        long end = stream.Position;
        long length = end - at - sizeof(int);
        // The reader takes an int length, as the byte[] form always had.
        if (length > int.MaxValue) throw new InvalidOperationException($"a state of {length:N0} bytes is too large for a checkpoint");
        stream.Position = at;
        w.Write((int)length);
        w.Flush();
        stream.Position = end;
    }

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
            long bytes = r.ReadInt64(), written = r.ReadInt64(), clock = r.ReadInt64();
            long alertBytes = r.ReadInt64(), alertsWritten = r.ReadInt64(), messages = r.ReadInt64();
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
            var alerts = Bytes(r, path);
            if (bytes < 0 || written < 0 || alertBytes < 0 || alertsWritten < 0) throw new InvalidDataException($"{path} is damaged (negative positions)");
            return new LiveCheckpoint
            {
                WatchId = id, Finished = finished, EventsBytes = bytes, EventsWritten = written, ClockNextTicks = clock, Messages = messages,
                AlertsBytes = alertBytes, AlertsWritten = alertsWritten, Alerts = alerts,
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
