using Picket.Core.Geo;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Support;

/// <summary>One simulated vessel: a hull with a route; what it broadcasts is set per scenario.</summary>
internal sealed class SimVessel
{
    public required Mmsi Mmsi;
    public required string Name;
    public required int Imo;
    public required string CallSign;
    public required byte ShipType;
    public required double Lat, Lon, SpeedKn, Course;
    public TransponderClass Class = TransponderClass.A;
}

/// <summary>
/// Deterministic synthetic AIS traffic: vessels steaming on slowly turning courses with GNSS noise, a fix every
/// ~3 minutes (± 20 s), static reports every 30 minutes, occasional reception drop-outs of up to 3 h, duplicated
/// fixes, junk 102.3 kn speeds and delivery disorder within 60 s — the normal mess of a real feed, with no evasion.
/// </summary>
internal sealed class TrafficGenerator(int seed)
{
    public static readonly DateTimeOffset Day = new(2018, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly int[] Mids = [636, 538, 351, 371, 563, 477, 412, 431, 440, 273, 229, 311, 256, 667, 671, 312, 525, 574];
    private readonly Random _rng = new(seed);

    public List<object> Items { get; } = [];

    public SimVessel NewVessel(int index, TransponderClass cls = TransponderClass.A)
    {
        var mid = Mids[index % Mids.Length];
        return new SimVessel
        {
            Mmsi = new Mmsi((uint)(mid * 1_000_000 + 100_000 + index)),
            Name = $"SIM VESSEL {index}",
            Imo = ValidImo(200_000 + index * 7),
            CallSign = $"S{index:D5}",
            ShipType = (byte)(index % 3 == 0 ? 80 : 70),
            Lat = -50 + _rng.NextDouble() * 100,
            Lon = -179 + _rng.NextDouble() * 358,
            SpeedKn = 6 + _rng.NextDouble() * 12,
            Course = _rng.NextDouble() * 360,
            Class = cls,
        };
    }

    /// <summary>Makes the route of <paramref name="v"/> from <paramref name="from"/> to <paramref name="to"/>, calling
    /// <paramref name="broadcast"/> for each fix (it may rewrite or drop it) and emitting static reports.</summary>
    public void Sail(SimVessel v, TimeSpan from, TimeSpan to, Func<DateTimeOffset, VesselFix, VesselFix?>? broadcast = null, Func<DateTimeOffset, SimVessel, IdentityReport?>? identity = null)
    {
        var t = Day + from;
        var end = Day + to;
        var nextStatic = t;
        var dropUntil = DateTimeOffset.MinValue;
        while (t < end)
        {
            var step = TimeSpan.FromSeconds(180 + _rng.Next(-20, 21));
            Advance(v, step);
            t += step;
            if (t >= nextStatic)
            {
                var report = identity is null ? DefaultIdentity(t, v) : identity(t, v);
                if (report is { } r)
                    Items.Add(r);
                nextStatic = t + TimeSpan.FromMinutes(30);
            }
            if (t < dropUntil)
                continue;
            if (_rng.NextDouble() < 0.0005)
            {
                dropUntil = t + TimeSpan.FromMinutes(30 + _rng.Next(150));
                continue;
            }
            // ~10 m GNSS noise.
            var noisy = GreatCircle.Destination(GeoPoint.Create(v.Lat, v.Lon), _rng.NextDouble() * 360, new Distance(_rng.NextDouble() * 10));
            double? sog = _rng.NextDouble() < 0.002 ? 102.3 : Math.Round(v.SpeedKn + (_rng.NextDouble() - 0.5) * 0.4, 1);
            var fix = new VesselFix(v.Mmsi, t, noisy.Lat, noisy.Lon, sog, Math.Round(v.Course, 1), (int)v.Course, v.Class);
            var sent = broadcast is null ? fix : broadcast(t, fix);
            if (sent is { } s)
            {
                Items.Add(s);
                if (_rng.NextDouble() < 0.01)
                    Items.Add(s); // the same sentence heard by two receivers
            }
        }
    }

    public static IdentityReport DefaultIdentity(DateTimeOffset t, SimVessel v) => v.Class == TransponderClass.A
        ? new IdentityReport(v.Mmsi, t, IdentitySource.ClassAStatic, v.Name, v.Imo, v.CallSign, new ShipType(v.ShipType),
            new VesselDimensions(90, 20, 8, 8), 7.5, "NAKHODKA", Day + TimeSpan.FromDays(3))
        : new IdentityReport(v.Mmsi, t, IdentitySource.ClassBStatic, Name: v.Name);

    /// <summary>Items in delivery order: time order, with each item delayed by up to 60 s (receiver and network disorder).</summary>
    public List<object> Delivered()
    {
        var keyed = Items.Select((item, i) => (item, key: Time(item) + TimeSpan.FromSeconds(_rng.NextDouble() * 60), i)).ToList();
        keyed.Sort((a, b) => a.key != b.key ? a.key.CompareTo(b.key) : a.i.CompareTo(b.i));
        return [.. keyed.Select(k => k.item)];
    }

    public static DateTimeOffset Time(object item) => item switch
    {
        VesselFix f => f.Time,
        IdentityReport r => r.Time,
        _ => throw new ArgumentException("unknown item"),
    };

    public static void Feed(VesselTracker tracker, IEnumerable<object> items)
    {
        foreach (var item in items)
        {
            if (item is VesselFix f)
                tracker.Add(f);
            else if (item is IdentityReport r)
                tracker.Add(r);
        }
        tracker.Flush();
    }

    private void Advance(SimVessel v, TimeSpan step)
    {
        v.Course = (v.Course + (_rng.NextDouble() - 0.5) * 4 + 360) % 360;
        var p = GreatCircle.Destination(GeoPoint.Create(v.Lat, v.Lon), v.Course, Distance.FromNauticalMiles(v.SpeedKn * step.TotalHours));
        v.Lat = p.Lat;
        v.Lon = p.Lon;
        if (Math.Abs(v.Lat) > 70)
            v.Course = (v.Course + 180) % 360;
    }

    /// <summary>The valid IMO number whose first six digits are <paramref name="six"/> (100000–999999).</summary>
    public static int ValidImo(int six)
    {
        var sum = 0;
        var rest = six;
        for (var w = 2; w <= 7; w++)
        {
            sum += rest % 10 * w;
            rest /= 10;
        }
        return six * 10 + sum % 10;
    }
}
