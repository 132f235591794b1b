using System.Text.Json;
using Picket.Core.Geo;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>draught_change</c>: the reported draught (ITU-R M.1371-5 message 5) rose or fell. <see cref="LastPort"/> and the
/// hours since it are set when the hull was last in a port; <see cref="LinkedEvents"/> lists the ship-to-ship sightings
/// (encounter, loitering, dark partner) between that port and the change, with their kinds alongside.
/// </summary>
public sealed record DraughtChangeEvidence(
    double DraughtBeforeM, double DraughtAfterM, double ChangeM, string Direction,
    DateTimeOffset BeforeFirstReported, DateTimeOffset BeforeLastReported, DateTimeOffset AfterReported, long Segment,
    GeoPoint? PositionBefore = null, GeoPoint? PositionAfter = null,
    PortEvidence? LastPort = null, double? HoursSincePort = null, double? LateTypingLikelihood = null,
    IReadOnlyList<string>? LinkedEvents = null, IReadOnlyList<string>? LinkedEventKinds = null) : EventEvidence
{
    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        var w = writer;
        w.WriteStartObject();
        Number(w, "draught_before_m", DraughtBeforeM);
        Number(w, "draught_after_m", DraughtAfterM);
        Number(w, "change_m", ChangeM);
        Text(w, "direction", Direction);
        Time(w, "before_first_reported", BeforeFirstReported);
        Time(w, "before_last_reported", BeforeLastReported);
        Time(w, "after_reported", AfterReported);
        w.WriteNumber("segment", Segment);
        if (PositionBefore is { } p0)
            Position(w, "position_before", p0);
        if (PositionAfter is { } p1)
            Position(w, "position_after", p1);
        if (LastPort is { } port)
        {
            Port(w, "last_port", port);
            Number(w, "hours_since_port", HoursSincePort);
            Number(w, "late_typing_likelihood", LateTypingLikelihood);
        }
        if (LinkedEvents is { } linked)
        {
            List(w, "linked_events", linked);
            List(w, "linked_event_kinds", LinkedEventKinds ?? []);
        }
        w.WriteEndObject();
    }

    internal static DraughtChangeEvidence Read(EvidenceFields f)
    {
        var port = f.OptionalPort("last_port");
        var linked = f.OptionalList("linked_events");
        return new(f.Number("draught_before_m"), f.Number("draught_after_m"), f.Number("change_m"), f.RequiredText("direction"),
            f.Time("before_first_reported"), f.Time("before_last_reported"), f.Time("after_reported"), f.Long("segment"),
            f.OptionalPosition("position_before"), f.OptionalPosition("position_after"), port,
            port is null ? null : f.Number("hours_since_port"), port is null ? null : f.Number("late_typing_likelihood"),
            linked, linked is null ? null : f.List("linked_event_kinds"));
    }
}
