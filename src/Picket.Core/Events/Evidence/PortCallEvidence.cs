using System.Text.Json;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>port_call</c>: a stay inside a port's radius. <see cref="VisitLevel"/> follows Global Fishing Watch's port-visit
/// levels (1 = only seen inside, 4 = entry, stop and exit all observed).
/// </summary>
/// <param name="Port">The port, with the gazetteer it came from.</param>
/// <param name="DprkPort">Whether the port is in the DPRK.</param>
/// <param name="EntryObserved">The segment was heard outside any port before this call, so the arrival itself was seen.</param>
/// <param name="ExitObserved">A fix beyond the exit radius ended it (false when the input ended in port).</param>
/// <param name="Stopped">A fix inside was below the stop speed (0.2 kn by default).</param>
/// <param name="InPortGap">The vessel went silent inside the port for more than 4 h (a stay seen as silence).</param>
/// <param name="MinDistanceKm">Closest fix to the port's reference point, km.</param>
/// <param name="Fixes">Fixes inside the port's radius.</param>
/// <param name="DurationS">First to last fix inside, seconds.</param>
/// <param name="LastFixInPort">UTC time of the last fix inside.</param>
/// <param name="Segment">The track segment.</param>
/// <param name="VisitLevel">Global Fishing Watch's port-visit level, 1–4.</param>
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
