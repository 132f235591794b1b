using System.Text;
using System.Text.Json;
using Picket.Ais.Messages;

namespace Picket.Ais.Output;

/// <summary>
/// Writes a decoded message as one JSON object with scaled values and null for "not available".
/// Field names are snake_case; <c>type</c>, <c>mmsi</c>, <c>time</c>, <c>source</c> and <c>channel</c> come first.
/// Text from the air is untrusted and is escaped by <see cref="Utf8JsonWriter"/>.
/// </summary>
public static class AisJsonWriter
{
    public static void Write(Utf8JsonWriter w, in AisPayload p)
    {
        int type = p.MessageType;
        w.WriteStartObject();
        w.WriteNumber("type", type);
        w.WriteNumber("mmsi", p.Mmsi);
        if (p.HasTime) w.WriteString("time", DateTimeOffset.FromUnixTimeMilliseconds(p.TimeMs).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.FFFZ", System.Globalization.CultureInfo.InvariantCulture));
        else w.WriteNull("time");
        if (p.Source.IsEmpty) w.WriteNull("source"); else w.WriteString("source", Encoding.Latin1.GetString(p.Source));
        if (p.Channel == 0) w.WriteNull("channel"); else w.WriteString("channel", ((char)p.Channel).ToString());
        var r = p.Reader;
        switch (type)
        {
            case 1 or 2 or 3: WriteA(w, PositionReportClassA.Read(r)); break;
            case 4 or 11: WriteBase(w, BaseStationReport.Read(r)); break;
            case 5: WriteStatic(w, StaticAndVoyageData.Read(r)); break;
            case 6 or 8: WriteBinary(w, BinaryMessageHeader.Read(r)); break;
            case 9: WriteSar(w, SarAircraftPosition.Read(r)); break;
            case 18: WriteB(w, PositionReportClassB.Read(r)); break;
            case 19: WriteExtendedB(w, ExtendedPositionReportClassB.Read(r)); break;
            case 21: WriteAton(w, AidToNavigationReport.Read(r)); break;
            case 24: WriteStaticB(w, StaticDataReport.Read(r)); break;
            case 27: WriteLongRange(w, LongRangePosition.Read(r)); break;
            default: w.WriteString("payload", Encoding.ASCII.GetString(p.Armored)); w.WriteNumber("fill_bits", p.FillBits); break;
        }
        w.WriteEndObject();
    }

    private static void N(Utf8JsonWriter w, string name, double? v) { if (v is double d) w.WriteNumber(name, Math.Round(d, 6)); else w.WriteNull(name); }
    private static void N(Utf8JsonWriter w, string name, int? v) { if (v is int i) w.WriteNumber(name, i); else w.WriteNull(name); }
    private static void S(Utf8JsonWriter w, string name, string v) { if (v.Length == 0) w.WriteNull(name); else w.WriteString(name, v); }

    private static void Position(Utf8JsonWriter w, double? lat, double? lon, double? sog, double? cog, int? heading, bool accuracy)
    {
        N(w, "lat", lat); N(w, "lon", lon); N(w, "sog", sog); N(w, "cog", cog); N(w, "heading", heading);
        w.WriteBoolean("accuracy", accuracy);
    }

    private static void Dimensions(Utf8JsonWriter w, int bow, int stern, int port, int starboard)
    {
        N(w, "to_bow", AisValues.Dimension((uint)bow)); N(w, "to_stern", AisValues.Dimension((uint)stern));
        N(w, "to_port", AisValues.Dimension((uint)port)); N(w, "to_starboard", AisValues.Dimension((uint)starboard));
    }

    private static void WriteA(Utf8JsonWriter w, PositionReportClassA m)
    {
        w.WriteNumber("status", (int)m.Status);
        Position(w, m.Latitude, m.Longitude, m.Speed, m.Course, m.Heading, m.PositionAccuracy);
        N(w, "rot", m.RateOfTurn); w.WriteNumber("rot_raw", m.RateOfTurnRaw); N(w, "second", m.Second);
        w.WriteNumber("maneuver", m.ManeuverIndicator); w.WriteBoolean("raim", m.Raim);
    }

    private static void WriteBase(Utf8JsonWriter w, BaseStationReport m)
    {
        if (m.Time is DateTimeOffset t) w.WriteString("utc", t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        else w.WriteNull("utc");
        N(w, "lat", m.Latitude); N(w, "lon", m.Longitude); w.WriteBoolean("accuracy", m.PositionAccuracy);
        w.WriteNumber("epfd", (int)m.Epfd); w.WriteBoolean("raim", m.Raim);
    }

    private static void WriteStatic(Utf8JsonWriter w, StaticAndVoyageData m)
    {
        N(w, "imo", m.Imo); S(w, "callsign", m.CallSign); S(w, "name", m.Name); w.WriteNumber("ship_type", m.ShipType);
        Dimensions(w, m.ToBow, m.ToStern, m.ToPort, m.ToStarboard);
        w.WriteNumber("epfd", (int)m.Epfd);
        N(w, "eta_month", m.EtaMonth is >= 1 and <= 12 ? m.EtaMonth : null); N(w, "eta_day", m.EtaDay is >= 1 and <= 31 ? m.EtaDay : null);
        N(w, "eta_hour", m.EtaHour < 24 ? m.EtaHour : null); N(w, "eta_minute", m.EtaMinute < 60 ? m.EtaMinute : null);
        N(w, "draught", m.Draught); S(w, "destination", m.Destination); w.WriteNumber("ais_version", m.AisVersion); w.WriteBoolean("dte", m.Dte);
    }

    private static void WriteBinary(Utf8JsonWriter w, BinaryMessageHeader m)
    {
        if (m.MessageType == 6) { w.WriteNumber("dest_mmsi", m.DestinationMmsi); w.WriteNumber("seqno", m.SequenceNumber); w.WriteBoolean("retransmit", m.Retransmitted); }
        w.WriteNumber("dac", m.Dac); w.WriteNumber("fi", m.Fi); w.WriteNumber("data_bits", m.DataBits);
    }

    private static void WriteSar(Utf8JsonWriter w, SarAircraftPosition m)
    {
        N(w, "altitude", m.Altitude);
        Position(w, m.Latitude, m.Longitude, m.Speed, m.Course, null, m.PositionAccuracy);
        N(w, "second", m.Second); w.WriteBoolean("raim", m.Raim);
    }

    private static void WriteB(Utf8JsonWriter w, PositionReportClassB m)
    {
        Position(w, m.Latitude, m.Longitude, m.Speed, m.Course, m.Heading, m.PositionAccuracy);
        N(w, "second", m.Second); w.WriteBoolean("cs", m.CsUnit); w.WriteBoolean("raim", m.Raim);
    }

    private static void WriteExtendedB(Utf8JsonWriter w, ExtendedPositionReportClassB m)
    {
        Position(w, m.Latitude, m.Longitude, m.Speed, m.Course, m.Heading, m.PositionAccuracy);
        N(w, "second", m.Second); S(w, "name", m.Name); w.WriteNumber("ship_type", m.ShipType);
        Dimensions(w, m.ToBow, m.ToStern, m.ToPort, m.ToStarboard); w.WriteNumber("epfd", (int)m.Epfd); w.WriteBoolean("raim", m.Raim);
    }

    private static void WriteAton(Utf8JsonWriter w, AidToNavigationReport m)
    {
        w.WriteNumber("aid_type", m.AidType); S(w, "name", m.Name);
        N(w, "lat", m.Latitude); N(w, "lon", m.Longitude); w.WriteBoolean("accuracy", m.PositionAccuracy);
        Dimensions(w, m.ToBow, m.ToStern, m.ToPort, m.ToStarboard);
        w.WriteBoolean("off_position", m.OffPosition); w.WriteBoolean("virtual_aid", m.VirtualAid);
    }

    private static void WriteStaticB(Utf8JsonWriter w, StaticDataReport m)
    {
        w.WriteNumber("part", m.PartNumber);
        if (m.IsPartA) { S(w, "name", m.Name); return; }
        w.WriteNumber("ship_type", m.ShipType); S(w, "vendor_id", m.VendorId); S(w, "callsign", m.CallSign);
        if (m.MothershipMmsi != 0) w.WriteNumber("mothership_mmsi", m.MothershipMmsi);
        else Dimensions(w, m.ToBow, m.ToStern, m.ToPort, m.ToStarboard);
    }

    private static void WriteLongRange(Utf8JsonWriter w, LongRangePosition m)
    {
        w.WriteNumber("status", (int)m.Status);
        Position(w, m.Latitude, m.Longitude, m.Speed, m.Course, null, m.PositionAccuracy);
        w.WriteBoolean("gnss_current", !m.GnssNotCurrent);
    }
}
