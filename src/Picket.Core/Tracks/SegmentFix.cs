namespace Picket.Core.Tracks;

/// <summary>One fix as placed by the builder: which segment it joined.</summary>
public readonly record struct SegmentFix(long SegmentId, VesselFix Fix);
