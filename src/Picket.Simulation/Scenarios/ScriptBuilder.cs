using Picket.Ais.Messages;
using Picket.Simulation.Geography;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Scenarios;

/// <summary>Writes a planted vessel's plan leg by leg, keeping the running position and time.</summary>
internal sealed class ScriptBuilder
{
    private readonly List<(Leg, Action<SimVessel>?)> _steps = [];
    private Action<SimVessel>? _pending;

    public ScriptBuilder(LatLon start, long startMs)
    {
        Position = start;
        Time = startMs;
    }

    public LatLon Position { get; private set; }
    public long Time { get; private set; }

    /// <summary>Runs <paramref name="action"/> when the next leg starts.</summary>
    public ScriptBuilder Then(Action<SimVessel> action)
    {
        _pending += action;
        return this;
    }

    public ScriptBuilder HoldUntil(long untilMs, NavigationStatus status, double driftKnots = 0, double driftBearing = 0, long? driftOriginMs = null)
    {
        if (untilMs <= Time) return this;
        var leg = Leg.Hold(Position, Time, untilMs, status, driftKnots, driftBearing, driftOriginMs);
        Add(leg);
        return this;
    }

    public ScriptBuilder MoveTo(LatLon to, double knots, NavigationStatus status = NavigationStatus.UnderWayUsingEngine)
    {
        Add(Leg.Move(Position, to, Time, knots, status));
        return this;
    }

    public ScriptBuilder MoveVia(IEnumerable<LatLon> points, double knots)
    {
        foreach (var p in points) MoveTo(p, knots);
        return this;
    }

    /// <summary>Moves toward <paramref name="to"/> for <paramref name="hours"/> (or all the way if it is nearer).</summary>
    public ScriptBuilder MoveToward(LatLon to, double knots, double hours)
    {
        double metres = Math.Min(Position.DistanceMetres(to), knots * Leg.MetresPerSecondPerKnot * hours * 3600);
        return MoveTo(Position.Offset(Position.BearingTo(to), metres), knots);
    }

    private void Add(Leg leg)
    {
        _steps.Add((leg, _pending));
        _pending = null;
        Position = leg.At(leg.EndMs).Position;
        Time = leg.EndMs;
    }

    public ScriptBehaviour Build()
    {
        if (_pending != null) HoldUntil(Time + 60_000, NavigationStatus.Moored);
        return new ScriptBehaviour(_steps);
    }

    /// <summary>
    /// When a vessel must arrive at <paramref name="to"/> at <paramref name="arriveMs"/> at <paramref name="knots"/>:
    /// where it starts at <paramref name="startMs"/> (on the line if it had to leave before the simulation began)
    /// and when it leaves.
    /// </summary>
    public static (LatLon Start, long DepartMs, bool StartsAtSea) Backtrack(LatLon from, LatLon to, double knots, long arriveMs, long startMs)
    {
        long travel = (long)(from.DistanceMetres(to) / (knots * Leg.MetresPerSecondPerKnot) * 1000);
        long depart = arriveMs - travel;
        if (depart >= startMs) return (from, depart, false);
        double f = (startMs - depart) / (double)travel;
        return (from.Lerp(to, f), startMs, true);
    }

    public static long TravelMs(LatLon from, LatLon to, double knots) => (long)(from.DistanceMetres(to) / (knots * Leg.MetresPerSecondPerKnot) * 1000);
}
