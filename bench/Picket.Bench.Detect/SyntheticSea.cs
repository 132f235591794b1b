using Picket.Core.Geo;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Bench.Detect;

/// <summary>
/// A fixed stretch of open sea (20–30° N, 125–135° E: Philippine Sea and the Ryukyu chain) — or, with <c>coastal</c>,
/// 30–40° N, 120–130° E (Yellow Sea with the Chinese and Korean coasts and their ports, vessels crossing land too) — with <c>vessels</c> ships for <c>hours</c>: most steam at 8–16 kn on straight
/// courses, one in ten drifts at under 1 kn, and one pair per 50 vessels meets (within 200 m, stopped) from hour 2 to
/// hour 6, so the work per message — including encounters found — scales with traffic. Each vessel reports every
/// 3 minutes at its own fixed offset, so the stream comes out in time order without sorting; a type-5 report with
/// draught goes out every 30 minutes. Deterministic for a given seed.
/// </summary>
internal sealed class SyntheticSea(int vessels, double hours, int seed = 42, bool coastal = false)
{
    private static readonly DateTimeOffset T0 = new(2018, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(3);
    private readonly double _lat0 = coastal ? 30 : 20, _lon0 = coastal ? 120 : 125;

    public int Vessels => vessels;

    public int PlantedEncounters => vessels / 50;

    public IEnumerable<object> Stream()
    {
        var rng = new Random(seed);
        var ships = new Ship[vessels];
        for (var i = 0; i < vessels; i++)
        {
            var slow = i % 10 == 9;
            ships[i] = new Ship
            {
                Mmsi = new Mmsi((uint)(412_000_000 + i)),
                Lat = _lat0 + 0.5 + rng.NextDouble() * 9,
                Lon = _lon0 + 0.5 + rng.NextDouble() * 9,
                Course = rng.NextDouble() * 360,
                Knots = slow ? rng.NextDouble() * 0.8 : 8 + rng.NextDouble() * 8,
                Offset = TimeSpan.FromSeconds(rng.Next(0, 180)),
                Draught = 5 + rng.Next(0, 60) / 10.0,
            };
        }
        // Pairs 2k, 2k+1 for k < PlantedEncounters: the second waits 200 m from the first, both stopped until hour 6.
        for (var k = 0; k < PlantedEncounters; k++)
        {
            var a = ships[2 * k];
            var b = ships[2 * k + 1];
            a.Knots = b.Knots = 0;
            (b.Lat, b.Lon) = GreatCircle.DestinationDegrees(a.Lat, a.Lon, 90, 200);
            a.MeetUntil = b.MeetUntil = TimeSpan.FromHours(6);
        }
        Array.Sort(ships, (x, y) => x.Offset.CompareTo(y.Offset));
        for (var t = TimeSpan.Zero; t < TimeSpan.FromHours(hours); t += Step)
        {
            foreach (var s in ships)
            {
                var time = T0 + t + s.Offset;
                if (s.MeetUntil > TimeSpan.Zero && t >= s.MeetUntil && s.Knots == 0)
                    s.Knots = 12; // the meeting is over: steam away
                var metres = s.Knots * Distance.MetresPerNauticalMile * Step.TotalHours;
                (s.Lat, s.Lon) = GreatCircle.DestinationDegrees(s.Lat, s.Lon, s.Course, metres);
                if (s.Lat < _lat0 || s.Lat > _lat0 + 10 || s.Lon < _lon0 || s.Lon > _lon0 + 10)
                    s.Course = (s.Course + 180) % 360; // stay in the same sea
                var (lat, lon) = GreatCircle.DestinationDegrees(s.Lat, s.Lon, rng.NextDouble() * 360, rng.NextDouble() * 10);
                yield return new VesselFix(s.Mmsi, time, lat, lon, Math.Round(s.Knots, 1), Math.Round(s.Course, 1), (int)s.Course, TransponderClass.A);
                if (t.Ticks % TimeSpan.FromMinutes(30).Ticks == 0)
                    yield return new IdentityReport(s.Mmsi, time, IdentitySource.ClassAStatic, $"SHIP {s.Mmsi.Value % 100000}", null, null,
                        new ShipType(80), null, s.Draught);
            }
        }
    }

    private sealed class Ship
    {
        public Mmsi Mmsi;
        public double Lat, Lon, Course, Knots, Draught;
        public TimeSpan Offset, MeetUntil;
    }
}
