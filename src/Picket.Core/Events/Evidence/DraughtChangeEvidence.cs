using System.Text.Json;
using Picket.Core.Geo;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>draught_change</c>: the reported draught (ITU-R M.1371-5 message 5) rose or fell. <see cref="LastPort"/> and the
/// hours since it are set when the hull was last in a port; <see cref="LinkedEvents"/> lists the ship-to-ship sightings
/// (encounter, loitering, dark partner) between that port and the change, with their kinds alongside.
/// </summary>
/// <param name="DraughtBeforeM">The old draught, metres.</param>
/// <param name="DraughtAfterM">The new draught, metres.</param>
/// <param name="ChangeM">New − old, metres: positive when the hull sank deeper.</param>
/// <param name="Direction"><c>loaded</c> or <c>discharged</c>.</param>
/// <param name="BeforeFirstReported">UTC time the old value was first reported.</param>
/// <param name="BeforeLastReported">UTC time it was last reported.</param>
/// <param name="AfterReported">UTC time the new value was first reported.</param>
/// <param name="Segment">The hull's track segment at the change.</param>
/// <param name="PositionBefore">The last known position at the old report, or null.</param>
/// <param name="PositionAfter">The last known position at the new report, or null.</param>
/// <param name="LastPort">The last port the hull was in, with when it was last seen there; null when none.</param>
/// <param name="HoursSincePort">Hours from leaving that port to the change, or null.</param>
/// <param name="LateTypingLikelihood">exp(−hours since port ÷ 3 h by default): the chance the crew typed a port's change late; null without a port.</param>
/// <param name="LinkedEvents">Ids of this hull's encounters and loitering that explain the change, or null.</param>
/// <param name="LinkedEventKinds">Their kinds, index for index: <c>encounter</c>, <c>dark_sts</c>, <c>loitering</c> or <c>dark_partner</c>.</param>
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
