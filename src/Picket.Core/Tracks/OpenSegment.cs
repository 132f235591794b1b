namespace Picket.Core.Tracks;

/// <summary>
/// The state of one open segment: only what matching and the jump/clash evidence need (first, last, departure and
/// return fixes, counters), never the fixes themselves. About 130 bytes; times are UTC ticks.
/// </summary>
internal struct OpenSegment
{
    public long Id;
    public long FirstTicks;
    public double FirstLat, FirstLon;
    public long LastTicks;
    public double LastLat, LastLon;
    public float LastSog, LastCog;

    /// <summary>Velocity estimated from the segment's own fixes (knots north/east; NaN until known): the fallback for dead reckoning when SOG/COG are absent.</summary>
    public float VelNorth, VelEast;
    public int Count;
    public TransponderClass Class;

    /// <summary>The segment that was most recently updated when this one opened, or 0.</summary>
    public long ParentId;

    /// <summary>The parent's last fix before this segment's first: where the vessel "left" from.</summary>
    public long DepartTicks;
    public double DepartLat, DepartLon;

    /// <summary>The parent's first fix after this segment's latest fix (0 while none): where the track "came back".</summary>
    public long ReturnTicks;
    public double ReturnLat, ReturnLon;

    /// <summary>How often the parent reported in between fixes of this segment: two live positions alternating.</summary>
    public int Interleaves;

    /// <summary>The parent's last fix that fell inside this segment's span (clash evidence: the other live position).</summary>
    public long OtherTicks;
    public double OtherLat, OtherLon;

    /// <summary>Time of this segment's fix that followed the latest interleaved parent fix: the clash was live until then.</summary>
    public long OverlapEndTicks;

    public bool HasReturn => ReturnTicks != 0;
}
