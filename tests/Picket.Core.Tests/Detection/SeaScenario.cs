using Picket.Core.Detection;
using Picket.Core.Events;
using Picket.Core.Geo;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Core.Tests.Detection;

/// <summary>
/// Scripted, deterministic traffic with known answers: each vessel follows timed waypoints, reports every ~3 min
/// (± 20 s) with ~15 m of GNSS noise, stays silent where told, and sends a type-5 report every 30 min with the
/// draught its schedule gives. <see cref="Run"/> feeds everything in time order through the real track builder into
/// <see cref="SeaEventDetectors"/>, the way <c>picket detect</c> does.
/// </summary>
internal sealed class SeaScenario(int seed = 1)
{
    public static readonly DateTimeOffset T0 = new(2018, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private readonly Random _rng = new(seed);
    private readonly List<ScriptedVessel> _vessels = [];

    public static DateTimeOffset H(double hours) => T0 + TimeSpan.FromHours(hours);

    public ScriptedVessel Vessel(uint mmsi)
    {
        var v = new ScriptedVessel(new Mmsi(mmsi));
        _vessels.Add(v);
        return v;
    }

    private static DateTimeOffset Time(object item) => item is VesselFix f ? f.Time : ((IdentityReport)item).Time;

    public List<object> Items()
    {
        var items = new List<(DateTimeOffset T, int Order, object Item)>();
        var order = 0;
        foreach (var v in _vessels)
            foreach (var item in v.Generate(_rng))
                items.Add((item is VesselFix f ? f.Time : ((IdentityReport)item).Time, order++, item));
        items.Sort((a, b) => a.T != b.T ? a.T.CompareTo(b.T) : a.Order.CompareTo(b.Order));
        return [.. items.Select(i => i.Item)];
    }

    /// <param name="disorderSeconds">Delays each item by up to this many seconds before delivery (receiver and network disorder).</param>
    public ScenarioResult Run(DetectionOptions? options = null, int disorderSeconds = 0)
    {
        var events = new EventCollector();
        var detectors = new SeaEventDetectors(events, options);
        var tracker = new VesselTracker(detectors, events);
        var items = Items();
        if (disorderSeconds > 0)
        {
            var rng = new Random(99);
            items = [.. items.Select((item, i) => (item, key: Time(item) + TimeSpan.FromSeconds(rng.NextDouble() * disorderSeconds), i))
                .OrderBy(x => x.key).ThenBy(x => x.i).Select(x => x.item)];
        }
        var peak = 0;
        var n = 0;
        foreach (var item in items)
        {
            if (++n % 500 == 0)
                peak = Math.Max(peak, detectors.HeldState);
            if (item is VesselFix f)
                tracker.Add(f);
            else if (item is IdentityReport r)
            {
                tracker.Add(r);
                detectors.OnIdentity(r);
            }
        }
        tracker.Flush();
        detectors.Flush();
        return new ScenarioResult(events, detectors.Stats, peak);
    }
}

internal static class SeaScenarioNmea
{
    /// <summary>
    /// Runs the scenario from raw AIS: the items are written as NMEA (types 1 and 5 with tag-block times) and read back
    /// through the decoder, <see cref="Picket.Core.Input.AisFeed"/>, the track builder and the detectors.
    /// </summary>
    public static ScenarioResult RunNmea(this SeaScenario s, DetectionOptions? options = null)
    {
        var events = new EventCollector();
        var detectors = new SeaEventDetectors(events, options);
        var tracker = new VesselTracker(detectors, events);
        var nmea = Picket.Core.Tests.Support.NmeaReplay.ToNmea(s.Items());
        var feed = new Picket.Core.Input.AisFeed(tracker, r => detectors.OnIdentity(r));
        Picket.Ais.NmeaStreamReader.Read(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(nmea)), new Picket.Ais.AisDecoder(), feed);
        tracker.Flush();
        detectors.Flush();
        return new ScenarioResult(events, detectors.Stats);
    }
}

internal sealed record ScenarioResult(EventCollector Events, DetectionStats Stats, int PeakHeldState = 0)
{
    public List<PicketEvent> Of(EventType type) => [.. Events.OfType(type)];

    public List<PicketEvent> Involving(EventType type, params uint[] mmsis) =>
        [.. Of(type).Where(e => mmsis.All(m => e.Vessels.Any(v => v.Mmsi.Value == m)))];
}

/// <summary>One vessel's script: waypoints (time, position), silences, draught schedule.</summary>
internal sealed class ScriptedVessel(Mmsi mmsi)
{
    private readonly List<(DateTimeOffset T, double Lat, double Lon)> _points = [];
    private readonly List<(DateTimeOffset From, DateTimeOffset To)> _silences = [];
    private readonly List<(DateTimeOffset From, double Metres)> _draught = [];

    public Mmsi Mmsi { get; } = mmsi;
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(3);
    public TimeSpan StaticInterval { get; set; } = TimeSpan.FromMinutes(30);
    public double NoiseMetres { get; set; } = 15;

    public ScriptedVessel At(double hours, double lat, double lon)
    {
        _points.Add((SeaScenario.H(hours), lat, lon));
        return this;
    }

    /// <summary>Stays at the last waypoint until <paramref name="hours"/>.</summary>
    public ScriptedVessel Stay(double hours)
    {
        var last = _points[^1];
        return At(hours, last.Lat, last.Lon);
    }

    /// <summary>Sails from the last waypoint on <paramref name="bearing"/> at <paramref name="knots"/> until <paramref name="hours"/>.</summary>
    public ScriptedVessel Sail(double hours, double bearing, double knots)
    {
        var last = _points[^1];
        var metres = knots * Distance.MetresPerNauticalMile * (SeaScenario.H(hours) - last.T).TotalHours;
        var (lat, lon) = GreatCircle.DestinationDegrees(last.Lat, last.Lon, bearing, metres);
        return At(hours, lat, lon);
    }

    public ScriptedVessel Silent(double fromHours, double toHours)
    {
        _silences.Add((SeaScenario.H(fromHours), SeaScenario.H(toHours)));
        return this;
    }

    public ScriptedVessel Draught(double fromHours, double metres)
    {
        _draught.Add((SeaScenario.H(fromHours), metres));
        return this;
    }

    public IEnumerable<object> Generate(Random rng)
    {
        var t = _points[0].T;
        var end = _points[^1].T;
        var nextStatic = t;
        var leg = 0;
        while (t <= end)
        {
            while (leg < _points.Count - 2 && t > _points[leg + 1].T)
                leg++;
            var (a, b) = (_points[leg], _points[Math.Min(leg + 1, _points.Count - 1)]);
            var span = (b.T - a.T).TotalSeconds;
            var f = span > 0 ? Math.Clamp((t - a.T).TotalSeconds / span, 0, 1) : 0;
            var lat = a.Lat + (b.Lat - a.Lat) * f;
            var lon = a.Lon + (b.Lon - a.Lon) * f;
            var legMetres = GreatCircle.DistanceMetres(a.Lat, a.Lon, b.Lat, b.Lon);
            var knots = span > 0 ? legMetres / Distance.MetresPerNauticalMile / (span / 3600) : 0;
            var course = legMetres > 0 ? GreatCircle.InitialBearingDegrees(a.Lat, a.Lon, b.Lat, b.Lon) : 0;
            if (!_silences.Any(s => t >= s.From && t < s.To))
            {
                var (nLat, nLon) = GreatCircle.DestinationDegrees(lat, lon, rng.NextDouble() * 360, rng.NextDouble() * NoiseMetres);
                var sog = Math.Max(0, Math.Round(knots + (rng.NextDouble() - 0.5) * 0.2, 1));
                yield return new VesselFix(Mmsi, t, nLat, nLon, sog, Math.Round(course, 1), (int)course, TransponderClass.A);
                if (t >= nextStatic)
                {
                    var draught = _draught.LastOrDefault(d => d.From <= t);
                    yield return new IdentityReport(Mmsi, t, IdentitySource.ClassAStatic, $"VESSEL {Mmsi.Value % 10000}", null, null,
                        new ShipType(80), null, draught.Metres > 0 ? draught.Metres : null);
                    nextStatic = t + StaticInterval;
                }
            }
            t += Interval + TimeSpan.FromSeconds(rng.Next(-20, 21));
        }
    }
}
