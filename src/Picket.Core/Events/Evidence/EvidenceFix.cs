using Picket.Core.Geo;

namespace Picket.Core.Events;

/// <summary>One fix quoted as evidence: <c>{"time":…,"position":{"lat":…,"lon":…}}</c>.</summary>
/// <param name="Time">UTC time of the fix.</param>
/// <param name="Position">Its position.</param>
public readonly record struct EvidenceFix(DateTimeOffset Time, GeoPoint Position);
