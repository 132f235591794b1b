using System.Text.Json;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>port_call</c>: a stay inside a port's radius. <see cref="VisitLevel"/> follows Global Fishing Watch's port-visit
/// levels (1 = only seen inside, 4 = entry, stop and exit all observed).
/// </summary>
public sealed record PortCallEvidence(
    PortEvidence Port, bool DprkPort, bool EntryObserved, bool ExitObserved, bool Stopped, bool InPortGap,
    long VisitLevel, double MinDistanceKm, long Fixes, long DurationS, DateTimeOffset LastFixInPort, long Segment) : EventEvidence
{
    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        var w = writer;
        w.WriteStartObject();
        EvidenceJson.Port(w, "port", Port);
        w.WriteBoolean("dprk_port", DprkPort);
        w.WriteBoolean("entry_observed", EntryObserved);
        w.WriteBoolean("exit_observed", ExitObserved);
        w.WriteBoolean("stopped", Stopped);
        w.WriteBoolean("in_port_gap", InPortGap);
        w.WriteNumber("visit_level", VisitLevel);
        Number(w, "min_distance_km", MinDistanceKm);
        w.WriteNumber("fixes", Fixes);
        w.WriteNumber("duration_s", DurationS);
        Time(w, "last_fix_in_port", LastFixInPort);
        w.WriteNumber("segment", Segment);
        w.WriteEndObject();
    }

    internal static PortCallEvidence? Read(EvidenceFields f)
    {
        var port = f.Port("port");
        var evidence = new PortCallEvidence(port!, f.Bool("dprk_port"), f.Bool("entry_observed"), f.Bool("exit_observed"),
            f.Bool("stopped"), f.Bool("in_port_gap"), f.Long("visit_level"), f.Number("min_distance_km"), f.Long("fixes"),
            f.Long("duration_s"), f.Time("last_fix_in_port"), f.Long("segment"));
        return port is null ? null : evidence;
    }
}
