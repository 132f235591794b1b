using Picket.Ais;
using Picket.Ais.Messages;
using Picket.Ais.Nmea;

namespace Picket.Simulation.Fleet;

/// <summary>
/// Writes a fleet as AIS: per vessel its static report (type 5 for class A, type 24 parts A and B for class B) and a
/// short straight run of position reports (type 1 or 18). Vessels sail on a grid of cells far apart, so the traffic
/// raises no encounter, loitering or gap: whatever risk a vessel gets comes from its identity and the lists.
/// </summary>
public static class FleetNmea
{
    /// <summary>Grid spacing in degrees (about 11 km north–south): far beyond any encounter distance.</summary>
    public const double CellDegrees = 0.1;

    /// <summary>Writes the fleet as NMEA 0183 / IEC 61162-1 sentences, vessel by vessel, one cell of the grid each.</summary>
    /// <param name="output">Receives the sentences; left open.</param>
    /// <param name="fleet">The vessels to write.</param>
    /// <param name="start">The time of every vessel's static report; its position reports follow ten minutes apart.</param>
    /// <param name="originLat">Latitude of the grid's first cell, in degrees (default: the North Sea, far from the scenario regions).</param>
    /// <param name="originLon">Longitude of the grid's first cell, in degrees.</param>
    /// <param name="positions">Position reports per vessel.</param>
    public static void Write(TextWriter output, IEnumerable<FleetVessel> fleet, DateTimeOffset start, double originLat = 54.0, double originLon = 3.0, int positions = 4)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fleet);
        var nmea = new NmeaWriter();
        long t0 = start.ToUnixTimeMilliseconds();
        int index = 0;
        foreach (var v in fleet)
        {
            double lat = originLat + index / 50 * CellDegrees, lon = originLon + index % 50 * CellDegrees;
            ushort bow = (ushort)(v.Length * 2 / 3), stern = (ushort)(v.Length - v.Length * 2 / 3);
            byte port = (byte)(v.Beam / 2), starboard = (byte)(v.Beam - v.Beam / 2);
            if (v.ClassA)
            {
                AisEncoder.Write(nmea, output, new StaticAndVoyageData
                {
                    Mmsi = v.Mmsi, ImoRaw = (uint)(v.Imo ?? 0), Name = v.Name, CallSign = v.CallSign, ShipType = v.ShipType,
                    ToBow = bow, ToStern = stern, ToPort = port, ToStarboard = starboard, Destination = "", EtaHour = 24, EtaMinute = 60,
                }, 'A', t0, "fleet");
            }
            else
            {
                AisEncoder.Write(nmea, output, new StaticDataReport { Mmsi = v.Mmsi, PartNumber = 0, Name = v.Name, CallSign = "", VendorId = "" }, 'A', t0, "fleet");
                AisEncoder.Write(nmea, output, new StaticDataReport
                {
                    Mmsi = v.Mmsi, PartNumber = 1, Name = "", ShipType = v.ShipType, VendorId = "", CallSign = v.CallSign,
                    ToBow = bow, ToStern = stern, ToPort = port, ToStarboard = starboard,
                }, 'B', t0, "fleet");
            }
            // 10 kn due east for 10 minutes: 10/6 nautical miles, i.e. 10/6 minutes of arc of longitude over cos(latitude),
            // in the position fields' 1/10 000 minute (ITU-R M.1371-5 Table 46).
            int step = (int)(10.0 / 6 / Math.Cos(lat * Math.PI / 180) * 10_000);
            for (int i = 0; i < positions; i++)
            {
                int lonRaw = (int)(lon * 600_000) + i * step, latRaw = (int)(lat * 600_000);
                long t = t0 + (i + 1) * 600_000L;
                if (v.ClassA)
                    AisEncoder.Write(nmea, output, new PositionReportClassA { MessageType = 1, Mmsi = v.Mmsi, RateOfTurnRaw = -128, SpeedRaw = 100, LongitudeRaw = lonRaw, LatitudeRaw = latRaw, CourseRaw = 900, HeadingRaw = 90, SecondRaw = 0 }, 'A', t, "fleet");
                else
                    AisEncoder.Write(nmea, output, new PositionReportClassB { Mmsi = v.Mmsi, SpeedRaw = 100, LongitudeRaw = lonRaw, LatitudeRaw = latRaw, CourseRaw = 900, HeadingRaw = 511, SecondRaw = 60, CsUnit = true }, 'A', t, "fleet");
            }
            index++;
        }
    }
}
