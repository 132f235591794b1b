using System.Text.Json;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>gap</c>: a vessel silent where others were heard. <see cref="Reception"/> is the share of the usual traffic still
/// heard during the gap (null when nobody else was heard there before it: reception unknown).
/// </summary>
/// <param name="Off">The last fix before the silence.</param>
/// <param name="On">The first fix after it.</param>
/// <param name="DurationS">Time between the two fixes, seconds.</param>
/// <param name="DistanceKm">Great-circle distance between them, km.</param>
/// <param name="ImpliedSpeedKn">Distance over time, knots.</param>
/// <param name="SpareHours">Gap hours left after sailing straight from off to on at the transit speed: time for something unseen.</param>
/// <param name="ReceptionVesselsBefore">Other vessels heard per 1° cell-hour in the hours before the gap.</param>
/// <param name="ReceptionVesselsDuring">Other vessels heard per cell-hour during the gap.</param>
/// <param name="ReceptionHours">Cell-hours counted.</param>
/// <param name="SegmentBefore">The track segment before the gap.</param>
/// <param name="SegmentAfter">The track segment after it.</param>
/// <param name="OffShoreDistanceKm">The off fix's distance from shore, km, or null.</param>
/// <param name="OnShoreDistanceKm">The on fix's distance from shore, km, or null.</param>
/// <param name="OffNearestPort">The port nearest the off fix, or null.</param>
/// <param name="OnNearestPort">The port nearest the on fix, or null.</param>
/// <param name="Reception">During ÷ before in [0, 1]: near 1 the vessel switched off where others were heard, near 0 out of coverage; null when unknown.</param>
public sealed record GapEvidence(
    EvidenceFix Off, EvidenceFix On, long DurationS, double DistanceKm, double ImpliedSpeedKn, double SpareHours,
    double ReceptionVesselsBefore, double ReceptionVesselsDuring, long ReceptionHours, long SegmentBefore, long SegmentAfter,
    double? Reception, double? OffShoreDistanceKm = null, double? OnShoreDistanceKm = null,
    PortEvidence? OffNearestPort = null, PortEvidence? OnNearestPort = null) : EventEvidence
{
    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        var w = writer;
        w.WriteStartObject();
        Fix(w, "off", Off);
        Fix(w, "on", On);
        w.WriteNumber("duration_s", DurationS);
        Number(w, "distance_km", DistanceKm);
        Number(w, "implied_speed_kn", ImpliedSpeedKn);
        Number(w, "spare_hours", SpareHours);
        Number(w, "reception_vessels_before", ReceptionVesselsBefore);
        Number(w, "reception_vessels_during", ReceptionVesselsDuring);
        w.WriteNumber("reception_hours", ReceptionHours);
        w.WriteNumber("segment_before", SegmentBefore);
        w.WriteNumber("segment_after", SegmentAfter);
        Number(w, "reception", Reception);
        if (OffShoreDistanceKm is { } off)
            Number(w, "off_shore_distance_km", off);
        if (OnShoreDistanceKm is { } on)
            Number(w, "on_shore_distance_km", on);
        if (OffNearestPort is { } offPort)
            Port(w, "off_nearest_port", offPort);
        if (OnNearestPort is { } onPort)
            Port(w, "on_nearest_port", onPort);
        w.WriteEndObject();
    }

    internal static GapEvidence Read(EvidenceFields f) => new(
        f.Fix("off"), f.Fix("on"), f.Long("duration_s"), f.Number("distance_km"), f.Number("implied_speed_kn"), f.Number("spare_hours"),
        f.Number("reception_vessels_before"), f.Number("reception_vessels_during"), f.Long("reception_hours"),
        f.Long("segment_before"), f.Long("segment_after"), f.NullableNumber("reception"),
        f.OptionalNumber("off_shore_distance_km"), f.OptionalNumber("on_shore_distance_km"),
        f.OptionalPort("off_nearest_port"), f.OptionalPort("on_nearest_port"));
}
