using Picket.Core.Geo;
using Picket.Core.Tracks;
using Picket.Core.Vessels;
using Picket.Testing.Traffic;

namespace Picket.Analysis.Tests.Alerts;

/// <summary>Behaviours planted in synthetic traffic, with their answers known by construction.</summary>
internal static class Planted
{
    public static readonly DateTimeOffset T0 = TrafficOptions.DefaultStart;

    /// <summary>Open sea 25 N 130 E: hundreds of km from every port of the table and from any coast.</summary>
    public static readonly (double Lat, double Lon) Sea = (25.0, 130.0);

    public static DateTimeOffset H(double hours) => T0 + TimeSpan.FromHours(hours);

    /// <summary>
    /// A vessel that sails in at 10 kn from <paramref name="side"/> (a bearing from <paramref name="at"/>), lies stopped at
    /// <paramref name="at"/> from <paramref name="from"/> to <paramref name="until"/> hours, then sails away on the
    /// opposite side: a meeting when two of them, coming from different sides, share a place.
    /// </summary>
    public static SyntheticVessel Stopping(uint mmsi, (double Lat, double Lon) at, double from, double until, double side = 180,
        byte shipType = 70, string name = "", int? imo = null) => new()
    {
        Mmsi = new Mmsi(mmsi), Lat = at.Lat, Lon = at.Lon, Knots = 0, ShipType = shipType, Name = name, Imo = imo,
        Broadcast = fix =>
        {
            var h = (fix.Time - T0).TotalHours;
            if (h >= from && h <= until)
                return fix with { Sog = 0.1 };
            var (bearing, hours) = h < from ? (side, from - h) : ((side + 180) % 360, h - until);
            var (lat, lon) = GreatCircle.DestinationDegrees(fix.Lat, fix.Lon, bearing, hours * 10 * 1852);
            return fix with { Lat = lat, Lon = lon, Sog = 10, Cog = h < from ? (side + 180) % 360 : bearing };
        },
    };

    /// <summary>200 m east of <paramref name="p"/>: well inside the 500 m encounter distance.</summary>
    public static (double Lat, double Lon) Beside((double Lat, double Lon) p) => GreatCircle.DestinationDegrees(p.Lat, p.Lon, 90, 200);

    /// <summary>A vessel sailing at 11 kn that goes silent from <paramref name="darkFrom"/> to <paramref name="darkUntil"/> hours.</summary>
    public static SyntheticVessel GoingDark(uint mmsi, (double Lat, double Lon) at, double darkFrom, double darkUntil, string name = "", int? imo = null) => new()
    {
        Mmsi = new Mmsi(mmsi), Lat = at.Lat, Lon = at.Lon, Knots = 11, Course = 45, Name = name, Imo = imo,
        Broadcast = fix => (fix.Time - T0).TotalHours is var h && h >= darkFrom && h < darkUntil ? null : fix,
    };

    /// <summary>Background traffic in the open sea, no planted encounters, plus <paramref name="added"/>.</summary>
    public static SyntheticTraffic Traffic(double hours, params SyntheticVessel[] added)
    {
        var traffic = new SyntheticTraffic(new TrafficOptions
        {
            Vessels = 60, Duration = TimeSpan.FromHours(hours), EncounterEvery = 0, DriftEvery = 0, FullStatics = true, Seed = 7,
        });
        foreach (var v in added)
            traffic.Add(v);
        return traffic;
    }
}
