using System.Text.Json;
using Picket.Core.Geo;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>loitering</c>: one vessel slow far from port and shore. <see cref="PossiblePartner"/> is set when another vessel
/// was dark nearby at the time (a possible dark ship-to-ship transfer).
/// </summary>
/// <param name="DurationS">Span of the slow run, seconds.</param>
/// <param name="MeanSpeedKn">Distance over time across the run, knots.</param>
/// <param name="MaxHourlySpeedKn">The fastest 1-hour window in the run, knots.</param>
/// <param name="Fixes">Fixes in the run.</param>
/// <param name="StartPosition">First fix of the run.</param>
/// <param name="EndPosition">Last fix of the run.</param>
/// <param name="DisplacementKm">Distance between the first and last fix, km.</param>
/// <param name="Segment">The track segment.</param>
/// <param name="ShoreRule"><c>natural_earth_50m</c>, or <c>port_distance</c> when no coastline is in use.</param>
/// <param name="ShoreDistanceKm">Distance from the coast in km, as for encounters; null without a coastline.</param>
/// <param name="NearestPort">The nearest port with its distance, or null.</param>
/// <param name="PossiblePartner">A vessel that went dark nearby at the time (a possible dark ship-to-ship transfer), or null.</param>
public sealed record LoiteringEvidence(
    long DurationS, double MeanSpeedKn, double MaxHourlySpeedKn, long Fixes,
    GeoPoint StartPosition, GeoPoint EndPosition, double DisplacementKm, long Segment, string ShoreRule,
    double? ShoreDistanceKm = null, PortEvidence? NearestPort = null, DarkPartnerEvidence? PossiblePartner = null) : EventEvidence
{
    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        var w = writer;
        w.WriteStartObject();
        w.WriteNumber("duration_s", DurationS);
        Number(w, "mean_speed_kn", MeanSpeedKn);
        Number(w, "max_hourly_speed_kn", MaxHourlySpeedKn);
        w.WriteNumber("fixes", Fixes);
        Position(w, "start_position", StartPosition);
        Position(w, "end_position", EndPosition);
        Number(w, "displacement_km", DisplacementKm);
        w.WriteNumber("segment", Segment);
        Text(w, "shore_rule", ShoreRule);
        if (ShoreDistanceKm is { } km)
            Number(w, "shore_distance_km", km);
        if (NearestPort is { } port)
            Port(w, "nearest_port", port);
        if (PossiblePartner is { } partner)
        {
            w.WritePropertyName("possible_partner");
            partner.WriteTo(w);
        }
        w.WriteEndObject();
    }

    internal static LoiteringEvidence Read(EvidenceFields f) => new(
        f.Long("duration_s"), f.Number("mean_speed_kn"), f.Number("max_hourly_speed_kn"), f.Long("fixes"),
        f.Position("start_position"), f.Position("end_position"), f.Number("displacement_km"), f.Long("segment"),
        f.RequiredText("shore_rule"), f.OptionalNumber("shore_distance_km"), f.OptionalPort("nearest_port"),
        f.Has("possible_partner") ? DarkPartnerEvidence.Read(f, "possible_partner") : null);
}
