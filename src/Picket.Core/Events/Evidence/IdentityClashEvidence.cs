using System.Text.Json;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>identity_clash</c>: one MMSI heard at two places at once (two transmitters). A is the first hull's track, B the
/// second's; <see cref="Interleaves"/> counts the alternations between them.
/// </summary>
public sealed record IdentityClashEvidence(
    EvidenceFix PositionA, EvidenceFix PositionB, EvidenceFix LastA, EvidenceFix LastB, double DistanceKm, double ImpliedSpeedKn,
    double DurationS, long Interleaves, long FixesB, double MaxSpeedKn, long SegmentA, long SegmentB) : EventEvidence
{
    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        var w = writer;
        w.WriteStartObject();
        Fix(w, "position_a", PositionA);
        Fix(w, "position_b", PositionB);
        Fix(w, "last_a", LastA);
        Fix(w, "last_b", LastB);
        Number(w, "distance_km", DistanceKm);
        Number(w, "implied_speed_kn", ImpliedSpeedKn);
        Number(w, "duration_s", DurationS);
        w.WriteNumber("interleaves", Interleaves);
        w.WriteNumber("fixes_b", FixesB);
        Number(w, "max_speed_kn", MaxSpeedKn);
        w.WriteNumber("segment_a", SegmentA);
        w.WriteNumber("segment_b", SegmentB);
        w.WriteEndObject();
    }

    internal static IdentityClashEvidence Read(EvidenceFields f) => new(
        f.Fix("position_a"), f.Fix("position_b"), f.Fix("last_a"), f.Fix("last_b"), f.Number("distance_km"),
        f.Number("implied_speed_kn"), f.Number("duration_s"), f.Long("interleaves"), f.Long("fixes_b"), f.Number("max_speed_kn"),
        f.Long("segment_a"), f.Long("segment_b"));
}
