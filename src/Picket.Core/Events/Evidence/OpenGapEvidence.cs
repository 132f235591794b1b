using System.Text.Json;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>gap</c> still open when the detector's clock passed the gap threshold (<c>still_dark: true</c>): the vessel went
/// silent at <see cref="Off"/> and has not been heard since. It has no <c>on</c> fix; when the vessel is heard again the
/// closed gap (<see cref="GapEvidence"/>) is emitted under the same id and replaces it.
/// </summary>
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
