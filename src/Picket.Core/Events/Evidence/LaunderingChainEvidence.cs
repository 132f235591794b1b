using System.Text.Json;
using Picket.Core.Geo;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// <c>laundering_chain</c>: the rule that matched, the chain's variant (<c>transshipment_port</c> or
/// <c>transfer_at_sea</c>), what tied the cargo to the DPRK (<see cref="OriginKind"/>), the cargo class from the ship
/// type, and each link (origin, transshipment or transfer, arrival) with its event id, place and declared draught.
/// </summary>
/// <param name="Rule">The rule matched, in words.</param>
/// <param name="Variant"><c>transshipment_port</c> or <c>transfer_at_sea</c>.</param>
/// <param name="OriginKind">The wire name of the origin link's kind (e.g. <c>dprk_port_call</c>).</param>
/// <param name="CargoClass"><c>bulk</c>, <c>tanker</c>, <c>other</c> or <c>unknown</c>, from the ship type.</param>
/// <param name="ShipType">The carrying hull's AIS ship type code, or null.</param>
/// <param name="WindowDays">The longest origin-to-arrival span a chain may have, days.</param>
/// <param name="Days">Origin start to arrival start, days.</param>
/// <param name="LinkEventIds">The links' event ids, origin first.</param>
/// <param name="Links">The links with their roles.</param>
public sealed record LaunderingChainEvidence(
    string Rule, string Variant, string OriginKind, string CargoClass, long? ShipType, double WindowDays, double Days,
    IReadOnlyList<string> LinkEventIds, IReadOnlyList<ChainLinkEvidence> Links) : EventEvidence
{
    /// <summary>The roles a link can have, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Roles = ["origin", "transshipment", "transfer", "arrival"];

    /// <inheritdoc/>
    public override void WriteTo(Utf8JsonWriter writer)
    {
        var w = writer;
        w.WriteStartObject();
        w.WriteString("rule", Rule);
        w.WriteString("variant", Variant);
        w.WriteString("origin_kind", OriginKind);
        w.WriteString("cargo_class", CargoClass);
        Long(w, "ship_type", ShipType);
        Number(w, "window_days", WindowDays);
        Number(w, "days", Days);
        List(w, "link_event_ids", LinkEventIds);
        w.WriteStartObject("links");
        foreach (var link in Links)
            link.WriteTo(w);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    internal static LaunderingChainEvidence Read(EvidenceFields f)
    {
        var links = new List<ChainLinkEvidence>();
        if (f.Object("links") is { } all)
        {
            foreach (var role in Roles)
            {
                // A chain has a transshipment or a transfer, never both: absent roles are not a fault.
                if (!all.Has(role) || all.Object(role) is not { } l)
                    continue;
                if (ChainLinkEvidence.Read(role, l) is { } link)
                    links.Add(link);
                all.Adopt(role, l);
            }
            f.Adopt("links", all);
        }
        return new LaunderingChainEvidence(f.RequiredText("rule"), f.RequiredText("variant"), f.RequiredText("origin_kind"),
            f.RequiredText("cargo_class"), f.NullableLong("ship_type"), f.Number("window_days"), f.Number("days"),
            f.List("link_event_ids"), links);
    }
}

/// <summary>One link of a laundering chain under its role: the event behind it, the hull, where and when, the port
/// (calls), the other hull (meetings), and the draught the hull declared there with the load it shows.</summary>
/// <param name="Role"><c>origin</c>, <c>transshipment</c>, <c>transfer</c> or <c>arrival</c>.</param>
/// <param name="Kind">The link kind's wire name.</param>
/// <param name="Type">The event type behind it: <c>port_call</c>, <c>gap</c> or <c>meeting</c>.</param>
/// <param name="EventId">The event's id.</param>
/// <param name="Mmsi">The hull's MMSI.</param>
/// <param name="Start">UTC start of the event.</param>
/// <param name="End">UTC end of the event.</param>
/// <param name="Position">Where it happened, or null.</param>
/// <param name="Port">The port's name for a call, or null.</param>
/// <param name="Locode">The port's UN/LOCODE, or null.</param>
/// <param name="Country">The port's ISO country code, or null.</param>
/// <param name="PartnerMmsi">The other hull of a meeting, or null.</param>
/// <param name="DraughtM">The draught declared there, metres to 0.1, or null.</param>
/// <param name="Load"><c>ballast</c>, <c>part</c>, <c>laden</c> or <c>unknown</c>.</param>
public sealed record ChainLinkEvidence(
    string Role, string Kind, string Type, string EventId, long Mmsi, DateTimeOffset Start, DateTimeOffset End, GeoPoint? Position,
    string? Port = null, string? Locode = null, string? Country = null, long? PartnerMmsi = null, double? DraughtM = null, string Load = "unknown")
{
    internal void WriteTo(Utf8JsonWriter w)
    {
        w.WriteStartObject(Role);
        w.WriteString("kind", Kind);
        w.WriteString("type", Type);
        w.WriteString("event_id", EventId);
        w.WriteNumber("mmsi", Mmsi);
        Time(w, "start", Start);
        Time(w, "end", End);
        if (Position is { } p)
            EvidenceJson.Position(w, "position", p);
        if (Port is not null)
        {
            Text(w, "port", Port);
            Text(w, "locode", Locode);
            Text(w, "country", Country);
        }
        if (PartnerMmsi is { } partner)
            w.WriteNumber("partner_mmsi", partner);
        Number(w, "draught_m", DraughtM);
        w.WriteString("load", Load);
        w.WriteEndObject();
    }

    internal static ChainLinkEvidence? Read(string role, EvidenceFields l)
    {
        var link = new ChainLinkEvidence(role, l.RequiredText("kind"), l.RequiredText("type"), l.RequiredText("event_id"), l.Long("mmsi"),
            l.Time("start"), l.Time("end"), l.OptionalPosition("position"), l.OptionalText("port"), l.OptionalText("locode"),
            l.OptionalText("country"), l.Has("partner_mmsi") ? l.NullableLong("partner_mmsi") : null, l.NullableNumber("draught_m"), l.Text("load") ?? "unknown");
        return l.Ok ? link : null;
    }
}
