using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Analysis.Live;

/// <summary>
/// Fixes and identity reports of one source crossing from its reader to the analysis thread, with how far into the
/// source they reach. A batch always ends between two messages, so the analysis can checkpoint after any batch: the
/// source position it records (<see cref="LastOrdinal"/>) is then exactly what the tracks and detectors have seen.
/// </summary>
internal sealed class LiveBatch
{
    /// <summary>Fixes per batch before it is sent; a message's fixes are never split, hence the slack in the array.</summary>
    public const int Capacity = 2_048;

    public readonly VesselFix[] Fixes = new VesselFix[Capacity + 16];
    public readonly List<(int At, IdentityReport Report)> Identities = [];
    public int FixCount;

    /// <summary>The source (index in the job's list) whose messages these are.</summary>
    public int Source;

    /// <summary>Messages the analysis saw before the restart, sent again only to rebuild identity state (see <see cref="LiveAnalysisJob"/>).</summary>
    public bool Warmup;

    /// <summary>The ordinal of the source's last message whose observations are all in this batch or earlier ones.</summary>
    public long LastOrdinal;

    /// <summary>When the reader sent it (stopwatch ticks), for the lag figure.</summary>
    public long SentAt;

    public bool IsEmpty => FixCount == 0 && Identities.Count == 0;

    public void Clear()
    {
        FixCount = 0;
        Identities.Clear();
        Warmup = false;
        LastOrdinal = 0;
    }
}
