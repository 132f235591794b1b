namespace Picket.Simulation.Geography;

/// <summary>
/// A port of the simulated region: the berth point (NGA World Port Index, Pub. 150), a gate
/// offshore where its approach channel meets open water, and the sea-graph hub the gate connects to. The anchorage
/// lies on the line berth→gate, <see cref="AnchorageMetres"/> from the berth: outside the 3 km port-call radius,
/// inside the 10 km port exclusion that encounter and loitering detectors apply (Global Fishing Watch: Miller et al. 2018, Frontiers in Marine Science 5:240), so ships
/// waiting close together at anchor are traffic a detector must not report.
/// </summary>
internal sealed record Port(string Name, string Locode, string Country, LatLon Berth, LatLon Gate, int[] Hubs)
{
    public const double AnchorageMetres = 6_500;

    public LatLon Anchorage => Berth.Offset(Berth.BearingTo(Gate), AnchorageMetres);

    public bool IsDprk => Country == "KP";
}
