using System.Text.Json;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>identity_clash</c>: one MMSI heard at two places at once (two transmitters). A is the first hull's track, B the
/// second's; <see cref="Interleaves"/> counts the alternations between them.
/// </summary>
/// <param name="PositionA">The track's fix when the second position appeared.</param>
/// <param name="PositionB">The first fix at the other place.</param>
/// <param name="LastA">The track's last fix in the clash.</param>
/// <param name="LastB">The last fix at the other place.</param>
/// <param name="DistanceKm">Distance between A and B, km.</param>
/// <param name="ImpliedSpeedKn">Speed needed from A to B, knots.</param>
/// <param name="DurationS">Span of the clash, seconds.</param>
/// <param name="FixesB">Fixes at the other place.</param>
/// <param name="MaxSpeedKn">The plausible speed limit, knots.</param>
/// <param name="SegmentA">The track's segment.</param>
/// <param name="SegmentB">The other place's segment.</param>
/// <param name="Interleaves">Alternations between the two places (or recurring excursions, for a sparse second transmitter).</param>
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
