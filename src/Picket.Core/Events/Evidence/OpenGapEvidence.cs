using System.Text.Json;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>gap</c> still open when the detector's clock passed the gap threshold (<c>still_dark: true</c>): the vessel went
/// silent at <see cref="Off"/> and has not been heard since. It has no <c>on</c> fix; when the vessel is heard again the
/// closed gap (<see cref="GapEvidence"/>) is emitted under the same id and replaces it.
/// </summary>
/// <param name="Off">The last fix before the silence.</param>
/// <param name="DurationS">Time from that fix to the detector's clock, seconds.</param>
/// <param name="ReceptionVesselsBefore">Other vessels heard per 1° cell-hour in the hours before the gap.</param>
/// <param name="ReceptionVesselsDuring">Other vessels heard per cell-hour since.</param>
/// <param name="ReceptionHours">Cell-hours counted.</param>
/// <param name="SegmentBefore">The track segment before the gap.</param>
/// <param name="Reception">During ÷ before in [0, 1]: near 1 switched off, near 0 out of coverage; null when unknown.</param>
/// <param name="OffShoreDistanceKm">The off fix's distance from shore, km, or null.</param>
/// <param name="OffNearestPort">The port nearest the off fix, or null.</param>
public sealed record OpenGapEvidence(
    EvidenceFix Off, long DurationS, double ReceptionVesselsBefore, double ReceptionVesselsDuring, long ReceptionHours,
    long SegmentBefore, double? Reception, double? OffShoreDistanceKm = null, PortEvidence? OffNearestPort = null) : EventEvidence
{
    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        var w = writer;
        w.WriteStartObject();
        Fix(w, "off", Off);
        w.WriteBoolean("still_dark", true);
        w.WriteNumber("duration_s", DurationS);
        Number(w, "reception_vessels_before", ReceptionVesselsBefore);
        Number(w, "reception_vessels_during", ReceptionVesselsDuring);
        w.WriteNumber("reception_hours", ReceptionHours);
        w.WriteNumber("segment_before", SegmentBefore);
        Number(w, "reception", Reception);
        if (OffShoreDistanceKm is { } off)
            Number(w, "off_shore_distance_km", off);
        if (OffNearestPort is { } offPort)
            Port(w, "off_nearest_port", offPort);
        w.WriteEndObject();
    }

    internal static OpenGapEvidence Read(EvidenceFields f) => new(
        f.Fix("off"), f.Long("duration_s"), f.Number("reception_vessels_before"), f.Number("reception_vessels_during"),
        f.Long("reception_hours"), f.Long("segment_before"), f.NullableNumber("reception"),
        f.OptionalNumber("off_shore_distance_km"), f.OptionalPort("off_nearest_port"));
}
