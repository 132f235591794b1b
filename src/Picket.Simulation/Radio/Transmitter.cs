using Picket.Ais.Messages;
using Picket.Simulation.Geography;
using Picket.Simulation.Truth;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Radio;

/// <summary>
/// Builds the AIS messages a vessel's transponder sends (class A: type 1, sometimes 3, and type 5; class B: type 18
/// and type 24 parts A and B) from its true state, applies what the transponder gets wrong on purpose or by fault
/// (a GNSS jump; a borrowed MMSI), hands them to the feed and the CSV, and tells the truth what was sent.
/// </summary>
internal sealed class Transmitter
{
    private readonly FeedWriter _feed;
    private readonly MarineCadastreWriter _csv;
    private readonly TruthRecorder _truth;
    private readonly long _thinMs;

    public Transmitter(FeedWriter feed, MarineCadastreWriter csv, TruthRecorder truth, long thinMs)
    {
        _feed = feed;
        _csv = csv;
        _truth = truth;
        _thinMs = thinMs;
    }

    public long IntervalMs(SimVessel v, double sog, NavigationStatus status) =>
        (v.ClassB ? ReportIntervals.ClassBMs(sog, _thinMs) : ReportIntervals.ClassAMs(status, sog, _thinMs)) + v.Random.Next(200);

    public void Position(SimVessel v, long t, LatLon truePosition, double sog, double cog, NavigationStatus status)
    {
        var rng = v.Random;
        var at = t < v.JumpUntilMs ? truePosition.Offset(v.JumpBearing, v.JumpMetres) : truePosition;
        bool moving = sog > 0.05;
        double reportedSog = moving ? Math.Max(0, sog + rng.Gaussian() * (sog > 2 ? 0.1 : 0.05)) : (status == NavigationStatus.Moored ? 0 : Math.Abs(rng.Gaussian()) * 0.04);
        reportedSog = Math.Round(Math.Min(reportedSog, 102.2), 1);
        // At anchor the bow swings with wind and tide; the course is noise around a fixed heading.
        double baseCourse = moving ? cog : (v.Index * 47) % 360;
        double reportedCog = (baseCourse + rng.Gaussian() * (moving ? 1.0 : 8.0) + 360) % 360;
        int heading = (int)Math.Round(moving ? (cog + rng.Gaussian() * 2 + 360) % 360 : baseCourse) % 360;
        int second = (int)(t / 1000 % 60);
        int lat = (int)Math.Round(at.Lat * 600_000), lon = (int)Math.Round(at.Lon * 600_000);
        char channel = NextChannel(v);
        int heard;
        if (v.ClassB)
        {
            var m = new PositionReportClassB
            {
                Mmsi = v.Broadcast.Mmsi, SpeedRaw = (ushort)Math.Round(reportedSog * 10), LongitudeRaw = lon, LatitudeRaw = lat,
                CourseRaw = (ushort)(Math.Round(reportedCog * 10) % 3600), HeadingRaw = 511, SecondRaw = (byte)second,
                CsUnit = true, Dsc = true, Band = true, Message22 = true, RadioStatus = 0b11100000000000000110,
            };
            heard = _feed.Transmit(m, true, t, at, channel);
        }
        else
        {
            var m = new PositionReportClassA
            {
                MessageType = (byte)(rng.Chance(0.1) ? 3 : 1), Mmsi = v.Broadcast.Mmsi, Status = status,
                RateOfTurnRaw = (sbyte)(moving ? 0 : -128), SpeedRaw = (ushort)Math.Round(reportedSog * 10), PositionAccuracy = rng.Chance(0.3),
                LongitudeRaw = lon, LatitudeRaw = lat, CourseRaw = (ushort)(Math.Round(reportedCog * 10) % 3600), HeadingRaw = (ushort)heading,
                SecondRaw = (byte)second, RadioStatus = (uint)rng.Next(1 << 19),
            };
            heard = _feed.Transmit(m, false, t, at, channel);
        }
        _truth.OnPosition(v, t, at, reportedSog, heard > 0);
        if (heard > 0)
        {
            var id = v.Broadcast;
            _csv.Write(id.Mmsi, t, at.Lat, at.Lon, reportedSog, reportedCog, v.ClassB ? null : heading, (int)status, v.ClassB,
                _truth.Static(id.Mmsi), id.ShipType, id.Length, id.Beam);
            _feed.Statistics.CsvRows++;
        }
    }

    public void Static(SimVessel v, long t, LatLon at)
    {
        var id = v.Broadcast;
        if (v.ClassB)
        {
            var a = new StaticDataReport { Mmsi = id.Mmsi, PartNumber = 0, Name = id.Name };
            var b = new StaticDataReport
            {
                Mmsi = id.Mmsi, PartNumber = 1, ShipType = id.ShipType, VendorId = "SMT", UnitModel = 1, SerialNumber = (uint)(id.Mmsi % 1_000_000),
                CallSign = id.CallSign, ToBow = id.ToBow, ToStern = id.ToStern, ToPort = id.ToPort, ToStarboard = id.ToStarboard,
            };
            int heardA = _feed.Transmit(a, true, t, at, NextChannel(v));
            int heardB = _feed.Transmit(b, true, t, at, NextChannel(v));
            _truth.OnStaticClassB(v, t, heardA + heardB > 0);
            return;
        }
        var eta = DateTimeOffset.FromUnixTimeMilliseconds(t).AddHours(20 + v.Index % 30).UtcDateTime;
        var m = new StaticAndVoyageData
        {
            Mmsi = id.Mmsi, AisVersion = 0, ImoRaw = (uint)id.Imo, CallSign = id.CallSign, Name = id.Name, ShipType = id.ShipType,
            ToBow = id.ToBow, ToStern = id.ToStern, ToPort = id.ToPort, ToStarboard = id.ToStarboard, Epfd = Epfd.Gps,
            EtaMonth = (byte)eta.Month, EtaDay = (byte)eta.Day, EtaHour = (byte)eta.Hour, EtaMinute = 0,
            DraughtRaw = (byte)Math.Clamp(Math.Round(id.DraughtMetres * 10), 0, 255), Destination = id.Destination,
        };
        int heard = _feed.Transmit(m, false, t, at, NextChannel(v));
        _truth.OnStatic(v, t, heard > 0);
    }

    private static char NextChannel(SimVessel v)
    {
        char c = v.NextChannel;
        v.NextChannel = c == 'A' ? 'B' : 'A';
        return c;
    }
}
