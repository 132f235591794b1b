namespace Picket.Core.Tracks;

/// <summary>One fix as placed by the builder: which segment it joined.</summary>
/// <param name="SegmentId">The id of the segment the fix joined (see <see cref="SegmentIds"/>).</param>
/// <param name="Fix">The fix.</param>
public readonly record struct SegmentFix(long SegmentId, VesselFix Fix);
