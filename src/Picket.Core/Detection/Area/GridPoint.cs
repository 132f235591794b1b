using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// One segment's position at one step of the resampling grid. <see cref="Density"/> follows GFW's point_density:
/// grid interval ÷ max(real gap between the bracketing fixes, interval), so 1 means real fixes at least as often as
/// the grid and small values mean the point is mostly interpolation.
/// </summary>
/// <param name="SegmentId">The segment the point belongs to.</param>
/// <param name="Mmsi">The segment's MMSI.</param>
/// <param name="Ticks">UTC ticks of the grid step.</param>
/// <param name="Lat">Latitude at the step, decimal degrees (interpolated between fixes).</param>
/// <param name="Lon">Longitude at the step, decimal degrees.</param>
/// <param name="SpeedKnots">Speed at the step in knots.</param>
/// <param name="Density">How much of the point is backed by real fixes, 0–1 (see above).</param>
public readonly record struct GridPoint(long SegmentId, Mmsi Mmsi, long Ticks, double Lat, double Lon, double SpeedKnots, double Density);
