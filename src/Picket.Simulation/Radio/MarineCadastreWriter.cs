using System.Globalization;
using System.Text;

namespace Picket.Simulation.Radio;

/// <summary>
/// <c>feed.csv</c> in the NOAA/BOEM MarineCadastre daily-file layout
/// (<c>MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass</c>):
/// one row per position transmission heard by at least one receiver, with the static fields the feed last gave
/// for that MMSI (empty before its first static report), as MarineCadastre joins them.
/// </summary>
internal sealed class MarineCadastreWriter
{
    public const string Header = "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass";

    private readonly TextWriter _out;
    private readonly StringBuilder _row = new(160);

    public MarineCadastreWriter(TextWriter output)
    {
        _out = output;
        _out.Write(Header);
        _out.Write('\n');
    }

    public void Write(uint mmsi, long timeMs, double lat, double lon, double sog, double cog, int? heading, int status, bool classB,
        (int Imo, string Name, string CallSign, double Draught)? known, byte shipType, int length, int width)
    {
        var c = CultureInfo.InvariantCulture;
        _row.Clear();
        _row.Append(mmsi.ToString(c)).Append(',')
            .Append(DateTimeOffset.FromUnixTimeMilliseconds(timeMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", c)).Append(',')
            .Append(lat.ToString("F5", c)).Append(',').Append(lon.ToString("F5", c)).Append(',')
            .Append(sog.ToString("F1", c)).Append(',').Append(cog.ToString("F1", c)).Append(',')
            .Append(heading is { } h ? h.ToString(c) : "511").Append(',');
        if (known is { } k)
        {
            _row.Append(Quote(k.Name)).Append(',').Append(k.Imo > 0 ? "IMO" + k.Imo.ToString(c) : "").Append(',').Append(Quote(k.CallSign)).Append(',')
                .Append(shipType.ToString(c)).Append(',').Append(status.ToString(c)).Append(',')
                .Append(length.ToString(c)).Append(',').Append(width.ToString(c)).Append(',')
                .Append(k.Draught > 0 ? k.Draught.ToString("F1", c) : "").Append(',');
        }
        else _row.Append(",,,,").Append(status.ToString(c)).Append(",,,,");
        _row.Append(',').Append(classB ? 'B' : 'A');
        _out.Write(_row);
        _out.Write('\n');
    }

    private static string Quote(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
