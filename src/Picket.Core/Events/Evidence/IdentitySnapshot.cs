using System.Text.Json;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// One side of an identity change: the identity as broadcast from <see cref="Since"/>. <see cref="ImoValid"/> is
/// written only when there is an IMO (its check digit, IMO Resolution A.1117(30)).
/// </summary>
/// <param name="Mmsi">The MMSI broadcast.</param>
/// <param name="Imo">The IMO number broadcast, or null.</param>
/// <param name="ImoValid">Whether its check digit holds; null without an IMO.</param>
/// <param name="Name">The name broadcast, or null.</param>
/// <param name="CallSign">The call sign broadcast, or null.</param>
/// <param name="Flag">ISO 3166-1 alpha-2 code of the MMSI's flag, or null when the MID is unassigned.</param>
/// <param name="FlagName">English name of that flag, or null.</param>
/// <param name="ShipType">The AIS ship type code, or null.</param>
/// <param name="Since">UTC time from which this identity was broadcast.</param>
public sealed record IdentitySnapshot(long Mmsi, long? Imo, bool? ImoValid, string? Name, string? CallSign, string? Flag,
    string? FlagName, long? ShipType, DateTimeOffset Since)
{
    /// <summary>Writes the snapshot as a JSON object under <paramref name="key"/> (<c>before</c> or <c>after</c>) of the object <paramref name="w"/> has open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="w"/> is null.</exception>
    public void WriteTo(Utf8JsonWriter w, string key)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject(key);
        w.WriteNumber("mmsi", Mmsi);
        Long(w, "imo", Imo);
        if (ImoValid is { } valid)
            w.WriteBoolean("imo_valid", valid);
        Text(w, "name", Name);
        Text(w, "call_sign", CallSign);
        Text(w, "flag", Flag);
        Text(w, "flag_name", FlagName);
        Long(w, "ship_type", ShipType);
        Time(w, "since", Since);
        w.WriteEndObject();
    }

    internal static IdentitySnapshot? Read(EvidenceFields outer, string key)
    {
        var f = outer.Object(key);
        if (f is null)
            return null;
        var snapshot = new IdentitySnapshot(f.Long("mmsi"), f.NullableLong("imo"), f.OptionalBool("imo_valid"), f.Text("name"),
            f.Text("call_sign"), f.Text("flag"), f.Text("flag_name"), f.NullableLong("ship_type"), f.Time("since"));
        return outer.Adopt(key, f) ? snapshot : null;
    }
}
