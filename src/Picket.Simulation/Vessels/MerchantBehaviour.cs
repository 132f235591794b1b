using Picket.Ais.Messages;
using Picket.Simulation.Geography;

namespace Picket.Simulation.Vessels;

/// <summary>
/// A cargo ship or tanker trading between the region's ports (never DPRK ones): moored at a berth, out through the
/// gate, along the lane, then either straight to a berth or first at anchor outside the port waiting its turn
/// (ships wait at anchorages in numbers; they lie close together but inside the port
/// exclusion, so they are not encounters).
/// </summary>
internal sealed class MerchantBehaviour : IBehaviour
{
    private enum Step { Moor, LeaveBerth, Lane, Anchor, ToBerth }

    private const double HarbourKnots = 8;
    private readonly Region _region;
    private readonly double _cruiseKnots;
    private Port _port;
    private Port _destination;
    private LatLon[] _route = [];
    private int _hop;
    private Step _step;

    private MerchantBehaviour(Region region, Port port, double cruiseKnots)
    {
        _region = region;
        _port = port;
        _destination = port;
        _cruiseKnots = cruiseKnots;
    }

    /// <summary>A merchant somewhere in its cycle at <paramref name="startMs"/>; returns it with its first leg.</summary>
    public static (MerchantBehaviour Behaviour, Leg First) Create(Region region, SimRandom rng, long startMs, double cruiseKnots)
    {
        var ports = TradingPorts(region);
        var b = new MerchantBehaviour(region, rng.Pick(ports), cruiseKnots);
        double roll = rng.NextDouble();
        if (roll < 0.35)
        {
            b._step = Step.LeaveBerth;
            return (b, Leg.Hold(BerthSpot(b._port, rng), startMs, startMs + (long)(rng.Between(0.5, 30) * 3_600_000), NavigationStatus.Moored));
        }
        if (roll < 0.55)
        {
            b._step = Step.ToBerth;
            return (b, Leg.Hold(AnchorSpot(b._port, rng), startMs, startMs + (long)(rng.Between(0.5, 20) * 3_600_000), NavigationStatus.AtAnchor));
        }
        // Under way: somewhere on a lane between two ports.
        b._destination = b.PickDestination(rng);
        b._route = region.Routes.Between(b._port, b._destination);
        b._hop = rng.Next(b._route.Length - 1) + 1;
        var from = b._route[b._hop - 1].Lerp(b._route[b._hop], rng.NextDouble());
        b._step = Step.Lane;
        return (b, Leg.Move(from, b._route[b._hop], startMs, cruiseKnots));
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
                return Leg.HoldHours(here, now, rng.Between(8, 36), NavigationStatus.Moored);
            case Step.LeaveBerth:
                _destination = PickDestination(rng);
                _route = _region.Routes.Between(_port, _destination);
                _hop = 0;
                _step = Step.Lane;
                return Leg.Move(here, _route[0], now, HarbourKnots);
            case Step.Lane:
                if (_hop + 1 < _route.Length)
                {
                    _hop++;
                    return Leg.Move(here, _route[_hop], now, _cruiseKnots * rng.Between(0.97, 1.03));
                }
                _port = _destination;
                if (rng.Chance(0.55))
                {
                    _step = Step.Anchor;
                    return Leg.Move(here, AnchorSpot(_port, rng), now, HarbourKnots);
                }
                _step = Step.Moor;
                return Leg.Move(here, BerthSpot(_port, rng), now, HarbourKnots);
            case Step.Anchor:
                _step = Step.ToBerth;
                return Leg.HoldHours(here, now, rng.Between(2, 24), NavigationStatus.AtAnchor);
            default:
                _step = Step.Moor;
                return Leg.Move(here, BerthSpot(_port, rng), now, 6);
        }
    }

    private Port PickDestination(SimRandom rng)
    {
        var ports = TradingPorts(_region);
        Port p;
        do p = rng.Pick(ports); while (p == _port);
        return p;
    }

    private static List<Port> TradingPorts(Region region) => region.Ports.Where(p => !p.IsDprk).ToList();

    /// <summary>A berth within 1.2 km of the port's WPI point: inside the 3 km port-call radius.</summary>
    public static LatLon BerthSpot(Port port, SimRandom rng) => port.Berth.Offset(rng.Between(0, 360), rng.Between(0, 1_200));

    /// <summary>A spot in the anchorage: within 1.2 km of its centre, so neighbours often lie within 500 m.</summary>
    public static LatLon AnchorSpot(Port port, SimRandom rng) => port.Anchorage.Offset(rng.Between(0, 360), rng.Between(0, 1_200));
}
