using Picket.Ais.Messages;

namespace Picket.Simulation.Vessels;

/// <summary>
/// A planted vessel's fixed plan: legs with absolute times and an action run when each leg starts (go dark, change
/// identity, raise draught, start a GNSS jump). After the last leg it holds where it is.
/// </summary>
internal sealed class ScriptBehaviour : IBehaviour
{
    private readonly IReadOnlyList<(Leg Leg, Action<SimVessel>? OnStart)> _steps;
    private int _next = 1;

    public ScriptBehaviour(IReadOnlyList<(Leg Leg, Action<SimVessel>? OnStart)> steps) => _steps = steps;

    public Leg First => _steps[0].Leg;

    public Action<SimVessel>? FirstAction => _steps[0].OnStart;

    public Leg Next(SimVessel v)
    {
        long now = v.Leg.EndMs;
        if (_next >= _steps.Count)
        {
            var here = v.Leg.At(now).Position;
            return Leg.Hold(here, now, long.MaxValue / 4, v.Leg.IsMove ? NavigationStatus.AtAnchor : v.Leg.Status);
        }
        var (leg, action) = _steps[_next++];
        action?.Invoke(v);
        return leg;
    }
}
