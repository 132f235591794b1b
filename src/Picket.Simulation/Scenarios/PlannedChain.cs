using Picket.Simulation.Vessels;

namespace Picket.Simulation.Scenarios;

/// <summary>
/// A planted laundering chain, as planned: which hull carries, which receives at sea (if any), and the ports of each
/// link. The truth recorder turns it into a <c>laundering_chain</c> truth event from the port calls, gaps and encounters
/// it actually recorded for those hulls, so the links in the truth are what was transmitted, not what was intended.
/// </summary>
/// <param name="DarkOrigin">The DPRK link is a dark period (no call heard) rather than a call at <paramref name="OriginLocode"/>.</param>
internal sealed record PlannedChain(string Scenario, SimVessel Carrier, SimVessel? Receiver, string OriginLocode, bool DarkOrigin,
    string? TransshipmentLocode, string ArrivalLocode);
