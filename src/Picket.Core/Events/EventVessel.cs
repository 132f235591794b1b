using Picket.Core.Vessels;

namespace Picket.Core.Events;

/// <summary>A vessel involved in an event, as broadcast at the time: MMSI always, IMO and name when known.</summary>
public readonly record struct EventVessel(Mmsi Mmsi, int? Imo = null, string? Name = null);
