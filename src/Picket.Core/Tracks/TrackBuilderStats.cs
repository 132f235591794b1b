namespace Picket.Core.Tracks;

/// <summary>Counts of what the builder did with its input; bad input is counted here, never thrown.</summary>
public sealed class TrackBuilderStats
{
    private readonly long[] _rejected = new long[Enum.GetValues<FixRejection>().Length];

    /// <summary>Fixes offered to <see cref="TrackBuilder.Add"/>.</summary>
    public long Received { get; internal set; }
    /// <summary>Fixes that passed hygiene and the reorder window.</summary>
    public long Accepted { get; internal set; }
    /// <summary>Segments started (tracks, jumps and clashes).</summary>
    public long SegmentsOpened { get; internal set; }
    /// <summary>Segments closed and handed to the sink.</summary>
    public long SegmentsClosed { get; internal set; }
    /// <summary>Vessels whose segments were closed and whose state was dropped: silent longer than the maximum gap, or at the cap.</summary>
    public long VesselsEvicted { get; internal set; }
    /// <summary>Of <see cref="VesselsEvicted"/>, those closed early because <see cref="TrackBuilderOptions.MaxVessels"/> was reached.</summary>
    public long VesselsEvictedForCapacity { get; internal set; }
    /// <summary>MMSIs with open segments at the last update.</summary>
    public int ActiveVessels { get; internal set; }
    /// <summary>The most MMSIs with open segments at any one time: what the builder's memory followed.</summary>
    public int PeakActiveVessels { get; internal set; }
    /// <summary>The most fixes held at once in the reorder window.</summary>
    public int PeakReorderQueue { get; internal set; }

    /// <summary>Fixes refused for <paramref name="reason"/>.</summary>
    public long Rejected(FixRejection reason) => _rejected[(int)reason];

    /// <summary>Fixes refused for any reason.</summary>
    public long RejectedTotal => _rejected.Sum();

    internal void Reject(FixRejection reason) => _rejected[(int)reason]++;

    /// <summary>A one-line summary for logs: received, accepted, refusals by reason, segments, vessels.</summary>
    public override string ToString() =>
        $"received {Received}, accepted {Accepted}, rejected {RejectedTotal} ("
        + string.Join(", ", Enum.GetValues<FixRejection>().Where(r => r != FixRejection.None && Rejected(r) > 0).Select(r => $"{r} {Rejected(r)}"))
        + $"), segments {SegmentsOpened} opened / {SegmentsClosed} closed, vessels active {ActiveVessels} (peak {PeakActiveVessels}), evicted {VesselsEvicted}"
        + (VesselsEvictedForCapacity > 0 ? $" ({VesselsEvictedForCapacity} at the cap of vessels tracked at once)" : "");
}
