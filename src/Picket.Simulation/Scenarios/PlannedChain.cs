using Picket.Simulation.Vessels;

namespace Picket.Simulation.Scenarios;

/// <summary>
/// A planted laundering chain, as planned: which hull carries, which receives at sea (if any), and the ports of each
/// link. The truth recorder turns it into a <c>laundering_chain</c> truth event from the port calls, gaps and encounters
/// it actually recorded for those hulls, so the links in the truth are what was transmitted, not what was intended.
/// </summary>
/// <param name="Scenario">The scenario's name, as the truth labels it.</param>
/// <param name="Carrier">The hull that loads at the origin.</param>
/// <param name="Receiver">The hull that takes the cargo at sea; null when the carrier sails on itself.</param>
/// <param name="OriginLocode">The UN/LOCODE of the DPRK port of loading.</param>
/// <param name="DarkOrigin">The DPRK link is a dark period (no call heard) rather than a call at <paramref name="OriginLocode"/>.</param>
/// <param name="TransshipmentLocode">The UN/LOCODE of the port where the cargo is transshipped; null for none.</param>
/// <param name="ArrivalLocode">The UN/LOCODE of the port where the cargo is delivered.</param>
internal sealed record PlannedChain(string Scenario, SimVessel Carrier, SimVessel? Receiver, string OriginLocode, bool DarkOrigin,
    string? TransshipmentLocode, string ArrivalLocode);
