namespace Picket.Core.Tracks;

/// <summary>What a segment turned out to be once closed.</summary>
public enum SegmentRole : byte
{
    /// <summary>An ordinary piece of track.</summary>
    Track = 0,
    /// <summary>A short excursion away from and back to a parent track (GNSS jump, spoofing, stray fix).</summary>
    Jump = 1,
    /// <summary>A second, simultaneous position stream on the same MMSI.</summary>
    Clash = 2,
}
