namespace Picket.Core.Tracks;

/// <summary>Counts of what the builder did with its input; bad input is counted here, never thrown.</summary>
public sealed class TrackBuilderStats
{
    private readonly long[] _rejected = new long[Enum.GetValues<FixRejection>().Length];

    public long Received { get; internal set; }
    public long Accepted { get; internal set; }
    public long SegmentsOpened { get; internal set; }
    public long SegmentsClosed { get; internal set; }
    public long VesselsEvicted { get; internal set; }
    /// <summary>Of <see cref="VesselsEvicted"/>, those closed early because <see cref="TrackBuilderOptions.MaxVessels"/> was reached.</summary>
    public long VesselsEvictedForCapacity { get; internal set; }
    public int ActiveVessels { get; internal set; }
    public int PeakActiveVessels { get; internal set; }
    public int PeakReorderQueue { get; internal set; }

    public long Rejected(FixRejection reason) => _rejected[(int)reason];

    public long RejectedTotal => _rejected.Sum();

    internal void Reject(FixRejection reason) => _rejected[(int)reason]++;

    public override string ToString() =>
        $"received {Received}, accepted {Accepted}, rejected {RejectedTotal} ("
        + string.Join(", ", Enum.GetValues<FixRejection>().Where(r => r != FixRejection.None && Rejected(r) > 0).Select(r => $"{r} {Rejected(r)}"))
        + $"), segments {SegmentsOpened} opened / {SegmentsClosed} closed, vessels active {ActiveVessels} (peak {PeakActiveVessels}), evicted {VesselsEvicted}"
        + (VesselsEvictedForCapacity > 0 ? $" ({VesselsEvictedForCapacity} at the cap of vessels tracked at once)" : "");
}
