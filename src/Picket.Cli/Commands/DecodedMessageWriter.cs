using System.Globalization;
using System.Text;
using System.Text.Json;
using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Output;

namespace Picket.Cli.Commands;

/// <summary>Writes decoded messages as JSON lines or as a CSV of the fields analysts use most.</summary>
internal sealed class DecodedMessageWriter : IAisMessageSink, IDisposable
{
    private readonly Stream _out;
    private readonly bool _csv;
    private readonly bool[]? _wanted;
    private readonly bool _discard;
    private readonly Utf8JsonWriter _json;
    private readonly StreamWriter? _text;
    private static readonly byte[] s_newline = "\n"u8.ToArray();

    /// <param name="discard">Count only (for <c>--stats</c>): messages are decoded and counted but not formatted.</param>
    public DecodedMessageWriter(Stream output, bool csv, bool[]? wanted, bool discard = false)
    {
        _discard = discard;
        _out = new BufferedStream(output, 1 << 16);
        _csv = csv;
        _wanted = wanted;
        _json = new Utf8JsonWriter(_out, new JsonWriterOptions { SkipValidation = true });
        if (csv)
        {
            _text = new StreamWriter(_out, new UTF8Encoding(false), 1 << 16);
            _text.Write("time,source,type,mmsi,lat,lon,sog,cog,heading,status,imo,callsign,name,ship_type,draught,destination\n");
        }
    }

    public void OnMessage(in AisPayload message)
    {
        int type = message.MessageType;
        if (_discard || (_wanted != null && !_wanted[type])) return;
        if (_csv) { WriteCsv(message, type); return; }
        AisJsonWriter.Write(_json, message);
        _json.Flush();
        _json.Reset();
        _out.Write(s_newline);
    }

    /// <summary>A record from a CSV export, written as JSON (the CSV output format does not apply to CSV input).</summary>
    public void WriteCsvRecord(Picket.Ais.Csv.CsvAisRecord record)
    {
        if (_discard) return;
        CsvRecordWriter.Write(_json, record);
        _json.Flush();
        _json.Reset();
        _out.Write(s_newline);
    }

    private void WriteCsv(in AisPayload p, int type)
    {
        var t = _text!;
        string time = p.HasTime ? DateTimeOffset.FromUnixTimeMilliseconds(p.TimeMs).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) : "";
        string source = Encoding.Latin1.GetString(p.Source);
        double? lat = null, lon = null, sog = null, cog = null; int? heading = null, status = null, imo = null, shipType = null; double? draught = null;
        string callsign = "", name = "", destination = "";
        var r = p.Reader;
        switch (type)
        {
            case 1 or 2 or 3: { var m = PositionReportClassA.Read(r); (lat, lon, sog, cog, heading, status) = (m.Latitude, m.Longitude, m.Speed, m.Course, m.Heading, (int)m.Status); break; }
            case 18: { var m = PositionReportClassB.Read(r); (lat, lon, sog, cog, heading) = (m.Latitude, m.Longitude, m.Speed, m.Course, m.Heading); break; }
            case 19: { var m = ExtendedPositionReportClassB.Read(r); (lat, lon, sog, cog, heading, name, shipType) = (m.Latitude, m.Longitude, m.Speed, m.Course, m.Heading, m.Name, m.ShipType); break; }
            case 27: { var m = LongRangePosition.Read(r); (lat, lon, sog, cog, status) = (m.Latitude, m.Longitude, m.Speed, m.Course, (int)m.Status); break; }
            case 9: { var m = SarAircraftPosition.Read(r); (lat, lon, sog, cog) = (m.Latitude, m.Longitude, m.Speed, m.Course); break; }
            case 4 or 11: { var m = BaseStationReport.Read(r); (lat, lon) = (m.Latitude, m.Longitude); break; }
            case 21: { var m = AidToNavigationReport.Read(r); (lat, lon, name) = (m.Latitude, m.Longitude, m.Name); break; }
            case 5: { var m = StaticAndVoyageData.Read(r); (imo, callsign, name, shipType, draught, destination) = (m.Imo, m.CallSign, m.Name, m.ShipType, m.Draught, m.Destination); break; }
            case 24: { var m = StaticDataReport.Read(r); (callsign, name) = (m.CallSign, m.Name); if (!m.IsPartA) shipType = m.ShipType; break; }
        }
        t.Write(time); t.Write(','); t.Write(Csv(source)); t.Write(','); t.Write(type); t.Write(','); t.Write(p.Mmsi); t.Write(',');
        t.Write(F(lat)); t.Write(','); t.Write(F(lon)); t.Write(','); t.Write(F(sog)); t.Write(','); t.Write(F(cog)); t.Write(',');
        t.Write(I(heading)); t.Write(','); t.Write(I(status)); t.Write(','); t.Write(I(imo)); t.Write(','); t.Write(Csv(callsign)); t.Write(',');
        t.Write(Csv(name)); t.Write(','); t.Write(I(shipType)); t.Write(','); t.Write(F(draught)); t.Write(','); t.Write(Csv(destination)); t.Write('\n');
    }

    private static string F(double? v) => v is double d ? d.ToString("0.######", CultureInfo.InvariantCulture) : "";
    private static string I(int? v) => v is int i ? i.ToString(CultureInfo.InvariantCulture) : "";

    /// <summary>Quotes a field per RFC 4180 when it holds a delimiter, quote or line break; text from the air is untrusted.</summary>
    internal static string Csv(string s) =>
        s.AsSpan().IndexOfAny(",\"\r\n") < 0 ? s : "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public void Dispose()
    {
        _text?.Flush();
        _json.Dispose();
        _out.Flush();
    }
}
