using System.Text.Json;
using Picket.Core.Geo;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>encounter</c>: two vessels slow and close together (Global Fishing Watch's encounter rules). Durations in seconds,
/// distances in metres, speeds in knots; <c>real_points_*</c> is the share of grid steps backed by a real fix.
/// </summary>
/// <param name="DurationS">End − start, seconds.</param>
/// <param name="TogetherS">Time actually within the encounter distance (the merged runs summed), seconds.</param>
/// <param name="Runs">Raw runs of the pair merged into this encounter.</param>
/// <param name="GridSteps">Grid instants (10 min apart by default) at which the pair was within the distance.</param>
/// <param name="MedianDistanceM">Median separation over those instants, metres.</param>
/// <param name="MinDistanceM">Smallest separation over those instants, metres.</param>
/// <param name="MedianSpeedKnA">Median speed of the first vessel (lower MMSI), knots.</param>
/// <param name="MedianSpeedKnB">Median speed of the second vessel, knots.</param>
/// <param name="RealPointsA">Sum of the first vessel's point densities: about the number of real fixes behind its grid points.</param>
/// <param name="RealPointsB">The same for the second vessel.</param>
/// <param name="StartPosition">Midpoint of the pair at the first instant.</param>
/// <param name="EndPosition">Midpoint of the pair at the last instant.</param>
/// <param name="SegmentA">The first vessel's track segment in the first run.</param>
/// <param name="SegmentB">The second vessel's track segment in the first run.</param>
/// <param name="NearestPort">The nearest port with its distance, or null when none is in the table's range.</param>
/// <param name="ShoreDistanceKm">Distance from the Natural Earth coast in km, searched to 100 km (100 means "100 or more"); null without a coastline.</param>
public sealed record EncounterEvidence(
    long DurationS, long TogetherS, long Runs, long GridSteps,
    double MedianDistanceM, double MinDistanceM, double MedianSpeedKnA, double MedianSpeedKnB,
    double RealPointsA, double RealPointsB, GeoPoint StartPosition, GeoPoint EndPosition,
    long SegmentA, long SegmentB, PortEvidence? NearestPort = null, double? ShoreDistanceKm = null) : EventEvidence
{
    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        var w = writer;
        w.WriteStartObject();
        w.WriteNumber("duration_s", DurationS);
        w.WriteNumber("together_s", TogetherS);
        w.WriteNumber("runs", Runs);
        w.WriteNumber("grid_steps", GridSteps);
        Number(w, "median_distance_m", MedianDistanceM);
        Number(w, "min_distance_m", MinDistanceM);
        Number(w, "median_speed_kn_a", MedianSpeedKnA);
        Number(w, "median_speed_kn_b", MedianSpeedKnB);
        Number(w, "real_points_a", RealPointsA);
        Number(w, "real_points_b", RealPointsB);
        Position(w, "start_position", StartPosition);
        Position(w, "end_position", EndPosition);
        w.WriteNumber("segment_a", SegmentA);
        w.WriteNumber("segment_b", SegmentB);
        if (NearestPort is { } port)
            Port(w, "nearest_port", port);
        if (ShoreDistanceKm is { } km)
            Number(w, "shore_distance_km", km);
        w.WriteEndObject();
    }

    internal static EncounterEvidence Read(EvidenceFields f) => new(
        f.Long("duration_s"), f.Long("together_s"), f.Long("runs"), f.Long("grid_steps"),
        f.Number("median_distance_m"), f.Number("min_distance_m"), f.Number("median_speed_kn_a"), f.Number("median_speed_kn_b"),
        f.Number("real_points_a"), f.Number("real_points_b"), f.Position("start_position"), f.Position("end_position"),
        f.Long("segment_a"), f.Long("segment_b"), f.OptionalPort("nearest_port"), f.OptionalNumber("shore_distance_km"));
}
