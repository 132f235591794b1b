using System.Runtime.InteropServices;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// The per-area half of detection: the detectors whose state is keyed by place — encounters (pairs meet where they
/// are), the reception map and the dark-STS link (a loitering vessel and the silences of others nearby). Fed with the
/// fixes of its cells (plus a halo, when partitioned) and the vessel half's messages (<see cref="IAreaInbox"/>); its
/// clock (<see cref="Tick"/>) comes after each fix, as the fix's time, or from <see cref="SeaEventDetectors.AdvanceTo"/>.
/// Sends the sightings a draught change may be explained by back to the vessel half (<see cref="ISightingInbox"/>),
/// stamped with this clock. Not thread-safe: one instance per partition.
/// </summary>
internal sealed partial class AreaDetectors : IAreaInbox
{
    private readonly EncounterDetector _encounters;
    private readonly DarkStsLinker _linker;
    private readonly GapDetector _gaps;
    private readonly Dictionary<long, AreaTrack> _tracks = [];
    private long _nowTicks = long.MinValue;

    public AreaDetectors(DetectorContext ctx, ISightingInbox sightings)
    {
        Action<Mmsi, StsSighting> sighted = (mmsi, s) => sightings.OnSighting(mmsi, s, _nowTicks);
        _linker = new DarkStsLinker(ctx, (mmsi, s, decided) => sightings.OnSighting(mmsi, s, decided));
        _encounters = new EncounterDetector(ctx, sighted);
        _gaps = new GapDetector(ctx, _linker);
        _linker.OpenSilences = _gaps.OpenSilences;
    }

    public int HeldState => _encounters.OpenRuns + _encounters.PendingSlots + _gaps.TrackedVessels + _linker.Held + _tracks.Count;

    /// <summary>A fix of a segment whose area state this half keeps itself (partitioned).</summary>
    public void OnFix(in AreaFix fix)
    {
        ref var track = ref CollectionsMarshal.GetValueRefOrAddDefault(_tracks, fix.Fix.SegmentId, out _);
        OnFix(fix.Fix, fix.CountsForReception, ref track);
    }

    /// <summary>A fix of a segment whose area state the caller keeps (one process: inside the vessel half's record).</summary>
    public void OnFix(in SegmentFix fix, bool countsForReception, ref AreaTrack track)
    {
        // Loitering whose decision time this fix reaches is decided before the fix is taken in: on what came before,
        // as the live clock decides it when it passes that time first, whatever the fix changes (a place, a forgotten silence).
        _linker.Advance(fix.Fix.Time.UtcTicks);
        _gaps.OnFix(fix, countsForReception, ref track);
        _encounters.OnFix(fix, ref track.Resampling);
    }

    /// <summary>
    /// Decides the loitering whose decision time (end plus hold) is at or before <paramref name="nowTicks"/>, before
    /// anything of that time is taken in by either half: in one process the detectors call it ahead of each fix and
    /// each clock step, so a draught change judged at that time already reads the sightings, in a batch run as live.
    /// </summary>
    public void ReleaseDue(long nowTicks) => _linker.Advance(nowTicks);

    public void OnGap(in GapReport gap) => _gaps.OnGap(gap);

    public void OnLoitering(in LoiteringCandidate candidate) => _linker.AddLoitering(candidate);

    public void OnSegmentClosed(long segmentId) => _tracks.Remove(segmentId);

    /// <summary>
    /// The clock reached <paramref name="nowTicks"/> (after each fix, its time): grid instants no later fix can reach are
    /// paired, loitering whose dark-partner hold ran out is released.
    /// </summary>
    public void Tick(long nowTicks)
    {
        if (nowTicks > _nowTicks)
            _nowTicks = nowTicks;
        _encounters.AdvanceTo(nowTicks);
        _linker.Advance(_nowTicks);
    }

    /// <summary>End of input, first step: every encounter run is closed and judged.</summary>
    public void FlushEncounters() => _encounters.Flush();

    /// <summary>End of input, last step (after the vessel half closed its open runs): every held loitering is released.</summary>
    public void FlushHeld() => _linker.Flush(_nowTicks);
}
