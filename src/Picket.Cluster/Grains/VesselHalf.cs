using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Cluster.Grains;

/// <summary>
/// The per-vessel half of detection for one vessel grain: the library's <see cref="VesselPartition"/> over one MMSI
/// (its track builder and per-vessel detectors, recording the messages for the sea cells), run epoch by epoch and
/// checkpointed through the library's snapshots under this grain's header. Track events (jumps, clashes, identity
/// changes) are the client's: it builds the tracks for its outputs anyway, so the builder here keeps no identities.
/// </summary>
internal sealed class VesselHalf
{
    private const string Magic = "picket.cluster.vessel";
    private const int Version = 1;
    private readonly VesselPartition _partition;

    public VesselHalf(IEventSink events, DetectionOptions options, TrackBuilderOptions tracks) =>
        _partition = new VesselPartition(events, new NullEventSink(), options, tracks, identitiesToTracks: false);

    public List<AreaMessage> Messages => _partition.Messages;

    /// <summary>The stream time of what is being handled (the fix released), or <see cref="long.MaxValue"/> after the end of input.</summary>
    public long StreamTicks => _partition.StreamTicks;

    public void Add(in VesselFix fix) => _partition.Add(fix);

    public void Add(in IdentityReport report) => _partition.Add(report);

    public void OnSighting(in TimedSighting s) => _partition.OnSighting(s.Mmsi, s.Sighting, s.EmittedTicks);

    /// <summary>The epoch ended with the whole stream at <paramref name="streamTicks"/> (see <see cref="VesselPartition.EndEpoch"/>).</summary>
    public void EndEpoch(long streamTicks) => _partition.EndEpoch(streamTicks);

    /// <summary>End of input, before the areas flush: pending fixes, then every open segment closed.</summary>
    public void Finish() => _partition.Finish();

    /// <summary>After the areas flushed: the held draught changes.</summary>
    public void FlushHeld() => _partition.FlushHeld();

    public byte[] Save()
    {
        var buffer = new MemoryStream();
        _partition.SaveTracks(buffer);
        using (var w = new StateWriter(buffer))
        {
            w.Header(Magic, Version);
            _partition.Save(w);
        }
        return buffer.ToArray();
    }

    /// <summary>Takes what <see cref="Save"/> wrote, into a new half.</summary>
    public void Restore(byte[] snapshot)
    {
        var stream = new MemoryStream(snapshot, writable: false);
        _partition.RestoreTracks(stream);
        using var r = new StateReader(stream);
        r.Header(Magic, Version);
        _partition.Load(r);
    }
}
