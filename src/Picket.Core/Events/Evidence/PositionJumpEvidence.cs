using System.Text.Json;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>position_jump</c>: an excursion to a place the vessel could not have reached and back. Speeds in knots (null in
/// JSON when unbounded: no time between the fixes); <see cref="PlausibleTimeShift"/> marks a jump short enough to be a
/// mis-stamped report rather than spoofing.
/// </summary>
/// <param name="Depart">The last fix of the track before the jump.</param>
/// <param name="First">The first fix of the excursion.</param>
/// <param name="Last">The last fix of the excursion.</param>
/// <param name="Return">The first fix back on the track.</param>
/// <param name="Fixes">Fixes in the excursion.</param>
/// <param name="Segments">Ids of the excursion's segments.</param>
/// <param name="JumpDistanceKm">Distance from depart to first, km.</param>
/// <param name="ReturnDistanceKm">Distance from last to return, km.</param>
/// <param name="DurationS">First to last fix of the excursion, seconds.</param>
/// <param name="ImpliedSpeedOutKn">Speed needed from depart to first, knots.</param>
/// <param name="ImpliedSpeedBackKn">Speed needed from last to return, knots.</param>
/// <param name="MaxSpeedKn">The plausible speed limit the jump broke, knots.</param>
/// <param name="PlausibleTimeShift">The jump is short enough (within 2 h of sailing at the limit) to be a mis-stamped report rather than spoofing.</param>
public sealed record PositionJumpEvidence(
    EvidenceFix Depart, EvidenceFix First, EvidenceFix Last, EvidenceFix Return, long Fixes, IReadOnlyList<string> Segments,
    double JumpDistanceKm, double ReturnDistanceKm, double DurationS, double ImpliedSpeedOutKn, double ImpliedSpeedBackKn,
    double MaxSpeedKn, bool PlausibleTimeShift) : EventEvidence
{
    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        var w = writer;
        w.WriteStartObject();
        Fix(w, "depart", Depart);
        Fix(w, "first", First);
        Fix(w, "last", Last);
        Fix(w, "return", Return);
        w.WriteNumber("fixes", Fixes);
        List(w, "segments", Segments);
        Number(w, "jump_distance_km", JumpDistanceKm);
        Number(w, "return_distance_km", ReturnDistanceKm);
        Number(w, "duration_s", DurationS);
        Number(w, "implied_speed_out_kn", ImpliedSpeedOutKn);
        Number(w, "implied_speed_back_kn", ImpliedSpeedBackKn);
        Number(w, "max_speed_kn", MaxSpeedKn);
        w.WriteBoolean("plausible_time_shift", PlausibleTimeShift);
        w.WriteEndObject();
    }

    internal static PositionJumpEvidence Read(EvidenceFields f) => new(
        f.Fix("depart"), f.Fix("first"), f.Fix("last"), f.Fix("return"), f.Long("fixes"), f.List("segments"),
        f.Number("jump_distance_km"), f.Number("return_distance_km"), f.Number("duration_s"),
        f.Number("implied_speed_out_kn"), f.Number("implied_speed_back_kn"), f.Number("max_speed_kn"), f.Bool("plausible_time_shift"));
}
