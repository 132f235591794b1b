using Picket.Core.Vessels;

namespace Picket.Core.Events;

/// <summary>A vessel involved in an event, as broadcast at the time: MMSI always, IMO and name when known.</summary>
/// <param name="Mmsi">The MMSI the vessel broadcast.</param>
/// <param name="Imo">Its IMO number as broadcast at the time, or null when not known.</param>
/// <param name="Name">Its name as broadcast at the time, or null when not known.</param>
public readonly record struct EventVessel(Mmsi Mmsi, int? Imo = null, string? Name = null);
