namespace Picket.Simulation.Vessels;

/// <summary>Decides a vessel's next leg when the current one ends. Holds only a few values: no track is kept.</summary>
internal interface IBehaviour
{
    /// <summary>The leg that starts when <paramref name="vessel"/>'s current leg ends.</summary>
    Leg Next(SimVessel vessel);
}
