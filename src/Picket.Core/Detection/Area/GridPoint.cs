using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// One segment's position at one step of the resampling grid. <see cref="Density"/> follows GFW's point_density:
/// grid interval ÷ max(real gap between the bracketing fixes, interval), so 1 means real fixes at least as often as
/// the grid and small values mean the point is mostly interpolation.
/// </summary>
public readonly record struct GridPoint(long SegmentId, Mmsi Mmsi, long Ticks, double Lat, double Lon, double SpeedKnots, double Density);
