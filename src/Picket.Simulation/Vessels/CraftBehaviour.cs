using Picket.Ais.Messages;
using Picket.Simulation.Geography;

namespace Picket.Simulation.Vessels;

/// <summary>
/// A small class B craft (pleasure boat, small fishing or service boat): day trips of 10–35 km from its home port
/// at 6–14 kn with a short stop, then back to its berth. Stops last under an hour, far below the 4 h of loitering.
/// </summary>
internal sealed class CraftBehaviour : IBehaviour
{
    private enum Step { Moor, Out, Stop, Back }

    private readonly Port _home;
    private Step _step;

    private CraftBehaviour(Port home) => _home = home;

    public static (CraftBehaviour Behaviour, Leg First) Create(Region region, SimRandom rng, long startMs)
    {
        var home = rng.Pick(region.Ports.Where(p => !p.IsDprk).ToList());
        var b = new CraftBehaviour(home) { _step = Step.Out };
        return (b, Leg.Hold(MerchantBehaviour.BerthSpot(home, rng), startMs, startMs + (long)(rng.Between(0.2, 20) * 3_600_000), NavigationStatus.Moored));
    }

    public Leg Next(SimVessel v)
    {
        long now = v.Leg.EndMs;
        var here = v.Leg.At(now).Position;
        var rng = v.Random;
        switch (_step)
        {
            case Step.Moor:
                _step = Step.Out;
                return Leg.HoldHours(here, now, rng.Between(3, 20), NavigationStatus.Moored);
            case Step.Out:
                _step = Step.Stop;
                double bearing = _home.Berth.BearingTo(_home.Gate) + rng.Between(-60, 60);
                return Leg.Move(here, _home.Berth.Offset(bearing, rng.Between(10_000, 35_000)), now, rng.Between(6, 14));
            case Step.Stop:
                _step = Step.Back;
                return Leg.Hold(here, now, now + (long)(rng.Between(10, 50) * 60_000), NavigationStatus.NotDefined, rng.Between(0.2, 0.8), rng.Between(0, 360));
            default:
                _step = Step.Moor;
                return Leg.Move(here, MerchantBehaviour.BerthSpot(_home, rng), now, rng.Between(6, 12));
        }
    }
}
