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

    /// <summary>
    /// The three states' writers (the track builder's, the detectors' and the alert engine's <c>SaveState</c>), each run
    /// straight into the checkpoint file; null writes an empty state (a finished watch, or one without detectors). A
    /// snapshot grows with the vessels held, and buffering it first (a growing memory stream, then its copy) raised the
    /// watch's peak working set at every checkpoint by a few times the snapshot's size.
    /// </summary>
    public Action<Stream>? SaveTracks { get; init; }
    public Action<Stream>? SaveDetectors { get; init; }
    public Action<Stream>? SaveAlerts { get; init; }

    /// <summary>Where each state lies in the file it was read from (by <see cref="LiveCheckpointState"/>); empty for one being written.</summary>
    private (long Offset, int Length)[] _states = new (long, int)[3];
    private string? _path;
    private (long Length, DateTime WrittenUtc) _file;

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
        State(w, SaveTracks);
        State(w, SaveDetectors);
        State(w, SaveAlerts);
    });

    /// <summary>
    /// A state as its length (an int) then its bytes, the layout version 1 has always had: the writer's output goes
    /// into the file as it comes, and its measured length is put in front afterwards.
    /// </summary>
    private static void State(BinaryWriter w, Action<Stream>? save)
    {
        w.Write(0);
        if (save == null) return;
        w.Flush();
        var stream = w.BaseStream;
        long at = stream.Position - sizeof(int);
        save(stream);
        long end = stream.Position;
        long length = end - at - sizeof(int);
        if (length > int.MaxValue) throw new InvalidOperationException($"a state of {length:N0} bytes is too large for a checkpoint");
        stream.Position = at;
        w.Write((int)length);
        w.Flush();
        stream.Position = end;
    }

    /// <summary>Bytes of a state in the file read; 0 for an empty one.</summary>
    public int StateLength(LiveCheckpointState state) => _states[(int)state].Length;

    /// <summary>
    /// A state read in place from the checkpoint file, for its owner's <c>RestoreState</c>: never copied out into an
    /// array, so a large state is not held twice while it is restored. <see cref="InvalidDataException"/> when the file
    /// was replaced since <see cref="Read"/>.
    /// </summary>
    public Stream OpenState(LiveCheckpointState state)
    {
        if (_path == null) throw new InvalidOperationException("a checkpoint being written has no states to read");
        var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var info = new FileInfo(_path);
        if (file.Length != _file.Length || info.LastWriteTimeUtc != _file.WrittenUtc)
        {
            file.Dispose();
            throw new InvalidDataException($"{_path} changed while the watch was resuming from it");
        }
        var (offset, length) = _states[(int)state];
        file.Position = offset;
        return new BoundedReadStream(file, length, ownsInner: true);
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
            var states = new[] { Skip(r, path), Skip(r, path), Skip(r, path) };
            if (bytes < 0 || written < 0 || alertBytes < 0 || alertsWritten < 0) throw new InvalidDataException($"{path} is damaged (negative positions)");
            return new LiveCheckpoint
            {
                WatchId = id, Finished = finished, EventsBytes = bytes, EventsWritten = written, ClockNextTicks = clock, Messages = messages,
                AlertsBytes = alertBytes, AlertsWritten = alertsWritten, Sources = sources,
                _states = states, _path = path, _file = (stream.Length, File.GetLastWriteTimeUtc(path)),
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

    /// <summary>A state's place in the file, stepped over: its bytes are read only when it is restored (<see cref="OpenState"/>).</summary>
    private static (long Offset, int Length) Skip(BinaryReader r, string path)
    {
        int n = r.ReadInt32();
        var stream = r.BaseStream;
        if (n < 0 || n > stream.Length - stream.Position) throw new InvalidDataException($"{path} is damaged (a state of {n} bytes)");
        long offset = stream.Position;
        stream.Position = offset + n;
        return (offset, n);
    }
}

/// <summary>The states a checkpoint holds, in the order of the file.</summary>
internal enum LiveCheckpointState
{
    Tracks,
    Detectors,
    Alerts,
}
