using System.Text.Json;
using Picket.Core.Events;

namespace Picket.Core.Vessels;

/// <summary>
/// The identity part of a <c>vessels.jsonl</c> line. <see cref="WriteProperties"/> writes into an object the caller
/// has started, so the assessment stage can add list matches and risk to the same line; <see cref="WriteLine"/>
/// writes a whole line with identity only.
/// Keys: mmsi, mmsi_kind, flag, flag_name, flags (snake_case names of <see cref="IdentityFlags"/>), reports,
/// history [{from, name, imo, imo_valid, call_sign, ship_type, length_m, beam_m, draught_m, destination, eta}].
/// </summary>
public static class VesselRecordJson
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>Writes <paramref name="record"/> as one UTF-8 JSON object and a line feed (a line of <c>vessels.jsonl</c> with identity only).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteLine(Stream stream, VesselRecord record)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            WriteProperties(w, record);
            w.WriteEndObject();
        }
        stream.Write(NewLine);
    }

    /// <summary>Writes the identity properties of <paramref name="record"/> into the object <paramref name="w"/> has open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteProperties(Utf8JsonWriter w, VesselRecord record)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(record);
        w.WriteNumber("mmsi", record.Mmsi.Value);
        w.WriteString("mmsi_kind", SnakeCase(record.Mmsi.Kind.ToString()));
        if (record.Flag is { } flag)
        {
            w.WriteString("flag", flag.Code);
            w.WriteString("flag_name", flag.Name);
        }
        w.WriteStartArray("flags");
        foreach (var f in Enum.GetValues<IdentityFlags>())
        {
            if (f != IdentityFlags.None && record.Flags.HasFlag(f))
                w.WriteStringValue(SnakeCase(f.ToString()));
        }
        w.WriteEndArray();
        w.WriteNumber("reports", record.Reports);
        w.WriteStartArray("history");
        foreach (var id in record.History)
        {
            w.WriteStartObject();
            w.WriteString("from", JsonLinesEventWriter.FormatTime(id.From));
            WriteOptional(w, "name", id.Name);
            if (id.Imo is { } imo)
            {
                w.WriteNumber("imo", imo);
                w.WriteBoolean("imo_valid", ImoNumber.HasValidCheckDigit(imo));
            }
            WriteOptional(w, "call_sign", id.CallSign);
            if (id.ShipType is { } type)
                w.WriteNumber("ship_type", type.Code);
            if (id.Dimensions is { } d)
            {
                w.WriteNumber("length_m", d.Length);
                w.WriteNumber("beam_m", d.Beam);
            }
            if (id.DraughtMetres is { } draught)
                w.WriteNumber("draught_m", Math.Round(draught, 1));
            WriteOptional(w, "destination", id.Destination);
            if (id.Eta is { } eta)
                w.WriteString("eta", JsonLinesEventWriter.FormatTime(eta));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter w, string key, string? value)
    {
        if (value is not null)
            w.WriteString(key, value);
    }

    private static string SnakeCase(string pascal) => JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal);
}
