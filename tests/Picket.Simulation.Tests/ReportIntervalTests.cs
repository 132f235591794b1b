using Picket.Ais.Messages;
using Picket.Simulation.Radio;

namespace Picket.Simulation.Tests;

/// <summary>The nominal intervals of ITU-R M.1371-5 Annex 1 Table 1 (class A) and Table 2 (class B CS), and the thinning floor.</summary>
public sealed class ReportIntervalTests
{
    [Theory]
    [InlineData(NavigationStatus.Moored, 0.0, 180_000)]
    [InlineData(NavigationStatus.AtAnchor, 2.9, 180_000)]
    [InlineData(NavigationStatus.AtAnchor, 3.5, 10_000)]
    [InlineData(NavigationStatus.UnderWayUsingEngine, 0.4, 10_000)]
    [InlineData(NavigationStatus.UnderWayUsingEngine, 14.0, 10_000)]
    [InlineData(NavigationStatus.UnderWayUsingEngine, 14.1, 6_000)]
    [InlineData(NavigationStatus.EngagedInFishing, 23.0, 6_000)]
    [InlineData(NavigationStatus.UnderWayUsingEngine, 23.1, 2_000)]
    public void Class_a(NavigationStatus status, double sog, long expectedMs) => Assert.Equal(expectedMs, ReportIntervals.ClassAMs(status, sog, 0));

    [Fact]
    public void Class_b_and_the_thinning_floor_which_only_lengthens_moving_reports()
    {
        Assert.Equal(180_000, ReportIntervals.ClassBMs(2.0, 0));
        Assert.Equal(30_000, ReportIntervals.ClassBMs(2.1, 0));
        Assert.Equal(60_000, ReportIntervals.ClassBMs(8, 60_000));
        Assert.Equal(60_000, ReportIntervals.ClassAMs(NavigationStatus.UnderWayUsingEngine, 12, 60_000));
        Assert.Equal(180_000, ReportIntervals.ClassAMs(NavigationStatus.Moored, 0, 60_000));
        Assert.Equal(360_000, ReportIntervals.StaticMs);
    }
}
