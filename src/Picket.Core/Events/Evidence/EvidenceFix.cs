using Picket.Core.Geo;

namespace Picket.Core.Events;

/// <summary>One fix quoted as evidence: <c>{"time":…,"position":{"lat":…,"lon":…}}</c>.</summary>
public readonly record struct EvidenceFix(DateTimeOffset Time, GeoPoint Position);
