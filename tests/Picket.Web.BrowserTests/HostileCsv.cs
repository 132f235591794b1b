using System.Globalization;
using System.Text;

namespace Picket.Web.BrowserTests;

/// <summary>
/// A vessel whose AIS name is markup, written as a NOAA MarineCadastre CSV (the format Picket.Ais.Csv reads): the
/// dashboard must show it as text. A name like this is what a hostile transmitter or a tampered export could carry
/// (OWASP XSS: untrusted data in an HTML body).
/// </summary>
internal static class HostileCsv
{
    public const uint Mmsi = 412_999_001;

    public const string Name = "<img src=x onerror=alert(1)>";

    /// <summary>Forty reports five minutes apart, steaming north at 10 kn in the Yellow Sea, inside the scenario's day.</summary>
    public static void Write(string path, DateTimeOffset start)
    {
        var csv = new StringBuilder("MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass\n");
        for (int i = 0; i < 40; i++)
        {
            var time = start.AddHours(2).AddMinutes(5 * i);
            double lat = 36.5 + i * 10.0 / 60 * 5 / 60; // 10 kn = 10 arc-minutes of latitude an hour
            csv.Append(CultureInfo.InvariantCulture,
                $"{Mmsi},{time.UtcDateTime:yyyy-MM-ddTHH:mm:ss},{lat:0.00000},123.50000,10.0,0.0,0,{Name},,BXSS1,80,0,120,20,7.5,,A\n");
        }
        File.WriteAllText(path, csv.ToString());
    }
}
