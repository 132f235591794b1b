using Picket.Core.Geo;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Testing.Traffic;

/// <summary>
/// Moves one ship by one report interval and says what it broadcasts: the fix (with GNSS noise and the feed's mess),
/// whether it is heard twice, and the static report when one is due. Random draws happen only for the features
/// switched on, in a fixed order, so a clean feed stays the same when a mess option is added to the code.
/// </summary>
internal sealed class ShipStepper(TrafficOptions o, Random rng)
{
    private const double JunkSpeedKnots = 102.3; // ITU-R M.1371-5 Table 46: 1023 = speed not available

    public (VesselFix? Fix, bool Duplicate, IdentityReport? Identity) Next(ShipState s, TimeSpan t)
    {
        var time = o.Start + t + s.Offset;
        if (o.ReportJitter > TimeSpan.Zero)
        {
            var jitter = (int)o.ReportJitter.TotalSeconds;
            time += TimeSpan.FromSeconds(rng.Next(-jitter, jitter + 1));
        }
        if (s.MeetUntil > TimeSpan.Zero && t >= s.MeetUntil && s.Knots == 0)
            s.Knots = 12; // the meeting is over: steam away
        if (o.CourseWanderDegrees > 0)
            s.Course = (s.Course + (rng.NextDouble() - 0.5) * 2 * o.CourseWanderDegrees + 360) % 360;
        var metres = s.Knots * Distance.MetresPerNauticalMile * o.ReportEvery.TotalHours;
        (s.Lat, s.Lon) = GreatCircle.DestinationDegrees(s.Lat, s.Lon, s.Course, metres);
        if (!o.Sea.Contains(s.Lat, s.Lon) && s.Index >= 0)
            s.Course = (s.Course + 180) % 360; // stay in the same sea
        var (lat, lon) = (s.Lat, s.Lon);
        if (o.NoiseMetres > 0)
            (lat, lon) = GreatCircle.DestinationDegrees(s.Lat, s.Lon, rng.NextDouble() * 360, rng.NextDouble() * o.NoiseMetres);
        double sog = Math.Round(s.Knots, 1);
        if (o.SpeedNoiseKnots > 0)
            sog = Math.Max(0, Math.Round(s.Knots + (rng.NextDouble() - 0.5) * 2 * o.SpeedNoiseKnots, 1));
        if (o.JunkSpeedChance > 0 && rng.NextDouble() < o.JunkSpeedChance)
            sog = JunkSpeedKnots;
        var identity = o.StaticEvery > TimeSpan.Zero && t.Ticks % o.StaticEvery.Ticks == 0 ? Static(s, t, time) : null;
        if (Silent(s, t, time))
            return (null, false, null);
        VesselFix? fix = new VesselFix(s.Mmsi, time, lat, lon, sog, Math.Round(s.Course, 1), (int)s.Course, s.Class);
        if (s.Broadcast is { } rewrite)
            fix = rewrite(fix.Value);
        var duplicate = o.DuplicateChance > 0 && rng.NextDouble() < o.DuplicateChance;
        return (fix, duplicate, identity);
    }

    /// <summary>Whether nothing from <paramref name="s"/> is heard now: a planted gap or a reception drop-out of 30 min to 3 h.</summary>
    private bool Silent(ShipState s, TimeSpan t, DateTimeOffset time)
    {
        if (s.Index >= 0 && FleetRules.HasGap(o, s.Index) && t >= o.GapAt && t < o.GapAt + o.GapLength)
            return true;
        if (o.DropoutChance <= 0)
            return false;
        if (time < s.DropUntil)
            return true;
        if (rng.NextDouble() >= o.DropoutChance)
            return false;
        s.DropUntil = time + TimeSpan.FromMinutes(30 + rng.Next(150));
        return true;
    }

    private IdentityReport? Static(ShipState s, TimeSpan t, DateTimeOffset time)
    {
        var name = s.Index >= 0 && FleetRules.IsRenamed(o, s.Index) && t >= o.Duration / 2 ? $"RENAMED {FleetRules.NameNumber(s.Mmsi)}" : s.Name;
        var report = s.Class == TransponderClass.B
            ? new IdentityReport(s.Mmsi, time, IdentitySource.ClassBStatic, Name: name)
            : new IdentityReport(s.Mmsi, time, IdentitySource.ClassAStatic, name, s.Imo, s.CallSign, new ShipType(s.ShipType), s.Dimensions,
                s.Draught, s.Destination, s.Destination is null ? null : o.Start + TimeSpan.FromDays(3));
        return s.Identity is { } rewrite ? rewrite(report) : report;
    }
}
