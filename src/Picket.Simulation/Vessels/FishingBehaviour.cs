using Picket.Ais.Messages;
using Picket.Simulation.Geography;

namespace Picket.Simulation.Vessels;

/// <summary>
/// A trawler working from its home port: out to a fishing ground, trawling at 3–4.5 kn in changing directions for
/// 8–20 h, then home. Trawling is slow but never below 2 kn, so a trawler is not loitering; pair trawlers (a
/// <see cref="FollowerBehaviour"/> on the partner) run side by side a few hundred metres apart for hours — close,
/// long, far from port, but moving: the classic false encounter a detector must resist.
/// </summary>
internal sealed class FishingBehaviour : IBehaviour
{
    private enum Step { Moor, LeaveBerth, ToGround, Trawl, Home, ToBerth }

    private readonly Port _home;
    private readonly LatLon _ground;
    private long _trawlUntilMs;
    private Step _step;

    private FishingBehaviour(Port home, LatLon ground)
    {
        _home = home;
        _ground = ground;
    }

    public static (FishingBehaviour Behaviour, Leg First) Create(Region region, SimRandom rng, long startMs, Port? home = null)
    {
        home ??= rng.Pick(region.Ports.Where(p => !p.IsDprk && p.Name != "Shanghai").ToList());
        double outward = home.Berth.BearingTo(home.Gate) + rng.Between(-40, 40);
        var ground = home.Gate.Offset(outward, rng.Between(25_000, 70_000));
        var b = new FishingBehaviour(home, ground);
        if (rng.Chance(0.45))
        {
            b._step = Step.LeaveBerth;
            return (b, Leg.Hold(MerchantBehaviour.BerthSpot(home, rng), startMs, startMs + (long)(rng.Between(0.5, 16) * 3_600_000), NavigationStatus.Moored));
        }
        b._step = Step.Trawl;
        b._trawlUntilMs = startMs + (long)(rng.Between(2, 18) * 3_600_000);
        var at = ground.Offset(rng.Between(0, 360), rng.Between(0, 8_000));
        return (b, b.TrawlLeg(at, startMs, rng));
    }

    public Leg Next(SimVessel v)
    {
        long now = v.Leg.EndMs;
        var here = v.Leg.At(now).Position;
        var rng = v.Random;
        switch (_step)
        {
            case Step.Moor:
                _step = Step.LeaveBerth;
                return Leg.HoldHours(here, now, rng.Between(6, 16), NavigationStatus.Moored);
            case Step.LeaveBerth:
                _step = Step.ToGround;
                return Leg.Move(here, _home.Gate, now, 7);
            case Step.ToGround:
                _step = Step.Trawl;
                _trawlUntilMs = now + (long)(rng.Between(8, 20) * 3_600_000);
                return Leg.Move(here, _ground, now, rng.Between(8, 10));
            case Step.Trawl:
                if (now < _trawlUntilMs) return TrawlLeg(here, now, rng);
                _step = Step.Home;
                return Leg.Move(here, _home.Gate, now, rng.Between(8, 10));
            case Step.Home:
                _step = Step.ToBerth;
                return Leg.Move(here, MerchantBehaviour.BerthSpot(_home, rng), now, 6);
            default:
                _step = Step.Moor;
                return Leg.Hold(here, now, now + 60_000, NavigationStatus.Moored);
        }
    }

    /// <summary>A 40–90 min tow in a direction that wanders but is pulled back toward the ground's centre.</summary>
    private Leg TrawlLeg(LatLon here, long now, SimRandom rng)
    {
        double knots = rng.Between(3.0, 4.5);
        double minutes = rng.Between(40, 90);
        double bearing = here.DistanceMetres(_ground) > 10_000 ? here.BearingTo(_ground) + rng.Between(-30, 30) : rng.Between(0, 360);
        var to = here.Offset(bearing, knots * Leg.MetresPerSecondPerKnot * minutes * 60);
        return Leg.Move(here, to, now, knots, NavigationStatus.EngagedInFishing);
    }
}

/// <summary>The second boat of a pair trawl: the leader's legs, displaced by a fixed offset.</summary>
internal sealed class FollowerBehaviour : IBehaviour
{
    private readonly SimVessel _leader;
    private readonly double _bearing;
    private readonly double _metres;

    public FollowerBehaviour(SimVessel leader, double bearing, double metres)
    {
        _leader = leader;
        _bearing = bearing;
        _metres = metres;
    }

    public Leg Next(SimVessel v) => Shift(_leader, v.Leg.EndMs);

    public Leg Shift(SimVessel leader, long nowMs)
    {
        leader.StateAt(nowMs);
        var l = leader.Leg;
        return l with { From = l.From.Offset(_bearing, _metres), To = l.To.Offset(_bearing, _metres) };
    }
}
