using System.Text.Json;
using Picket.Core.Geo;
using static Picket.Core.Events.EvidenceJson;

namespace Picket.Core.Events;

/// <summary>
/// The vessel that went dark near a loitering one: when and where it went silent and, unless it is
/// <see cref="StillDark"/>, when and where it was heard again and its gap event.
/// </summary>
/// <param name="Mmsi">The partner's MMSI.</param>
/// <param name="GapStart">UTC time the partner went dark.</param>
/// <param name="DarkStartPosition">Where it went dark.</param>
/// <param name="DarkStartDistanceKm">Distance from there to the loitering, km.</param>
/// <param name="StillDark">True when it had not reappeared when the loitering was released.</param>
/// <param name="GapEnd">UTC time it was heard again, or null while still dark.</param>
/// <param name="DarkEndPosition">Where it was heard again, or null.</param>
/// <param name="DarkEndDistanceKm">Distance from there to the loitering, km, or null.</param>
/// <param name="GapEvent">The id of its closed <c>gap</c> event, or null.</param>
/// <param name="AlongsidePossibleS">Time it could have spent alongside, after transit at the assumed speed, seconds.</param>
public sealed record DarkPartnerEvidence(
    long Mmsi, DateTimeOffset GapStart, GeoPoint DarkStartPosition, double DarkStartDistanceKm,
    bool StillDark, DateTimeOffset? GapEnd, GeoPoint? DarkEndPosition, double? DarkEndDistanceKm, string? GapEvent,
    long AlongsidePossibleS)
{
    /// <summary>Writes the partner as one JSON object (the value of <c>possible_partner</c> in loitering evidence).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="w"/> is null.</exception>
    public void WriteTo(Utf8JsonWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteNumber("mmsi", Mmsi);
        Time(w, "gap_start", GapStart);
        Position(w, "dark_start_position", DarkStartPosition);
        Number(w, "dark_start_distance_km", DarkStartDistanceKm);
        if (StillDark)
            w.WriteBoolean("still_dark", true);
        else
        {
            Time(w, "gap_end", GapEnd ?? default);
            Position(w, "dark_end_position", DarkEndPosition ?? default);
            Number(w, "dark_end_distance_km", DarkEndDistanceKm);
            Text(w, "gap_event", GapEvent);
        }
        w.WriteNumber("alongside_possible_s", AlongsidePossibleS);
        w.WriteEndObject();
    }

    internal static DarkPartnerEvidence? Read(EvidenceFields outer, string key)
    {
        var f = outer.Object(key);
        if (f is null)
            return null;
        var stillDark = f.OptionalBool("still_dark") == true;
        var partner = new DarkPartnerEvidence(f.Long("mmsi"), f.Time("gap_start"), f.Position("dark_start_position"),
            f.Number("dark_start_distance_km"), stillDark,
            stillDark ? null : f.Time("gap_end"), stillDark ? null : f.Position("dark_end_position"),
            stillDark ? null : f.Number("dark_end_distance_km"), stillDark ? null : f.Text("gap_event"),
            f.Long("alongside_possible_s"));
        return outer.Adopt(key, f) ? partner : null;
    }
}
