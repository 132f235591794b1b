using Picket.Core;
using Picket.Core.Tracks;
using Picket.Core.Vessels;

namespace Picket.Bench.Tracks;

/// <summary>
/// A fleet of vessels steaming on fixed courses, each reporting every 30 s (round-robin, so the stream is in time
/// order), with a type 5 static report every 100 fixes. State is a few arrays; nothing per fix is kept.
/// </summary>
internal sealed class SyntheticFleet
{
    public static readonly int QueueEntryBytes = 40 + 16 + 8;
    private static readonly DateTimeOffset Start = new(2018, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private readonly double[] _lat, _lon, _dLat, _dLon, _sog, _cog;
    private readonly uint[] _mmsi;
    private readonly string[] _names;
    private readonly int[] _imos;

    public SyntheticFleet(int vessels, int seed)
    {
        var rng = new Random(seed);
        _lat = new double[vessels]; _lon = new double[vessels]; _dLat = new double[vessels]; _dLon = new double[vessels];
        _sog = new double[vessels]; _cog = new double[vessels]; _mmsi = new uint[vessels]; _names = new string[vessels];
        _imos = new int[vessels];
        int[] mids = [351, 352, 353, 354, 355, 356, 357, 370, 371, 372, 373, 374, 412, 413, 477, 538, 563, 636, 229, 256];
        for (var i = 0; i < vessels; i++)
        {
            _lat[i] = -60 + rng.NextDouble() * 120;
            _lon[i] = -180 + rng.NextDouble() * 360;
            _sog[i] = 5 + rng.NextDouble() * 15;
            _cog[i] = rng.NextDouble() * 360;
            // Degrees per 30 s step.
            var nm = _sog[i] * 30 / 3600;
            _dLat[i] = nm * Math.Cos(_cog[i] * Math.PI / 180) / 60;
            _dLon[i] = nm * Math.Sin(_cog[i] * Math.PI / 180) / 60 / Math.Max(0.2, Math.Cos(_lat[i] * Math.PI / 180));
            _mmsi[i] = (uint)(mids[i % mids.Length] * 1_000_000 + i);
            _names[i] = $"BENCH VESSEL {i}";
            _imos[i] = ValidImo(100_000 + i);
        }
    }

    private static int ValidImo(int six)
    {
        var sum = 0;
        for (int rest = six, w = 2; w <= 7; w++, rest /= 10)
            sum += rest % 10 * w;
        return six * 10 + sum % 10;
    }

    public long IdentityReports { get; private set; }

    /// <summary>A type 5 report every this many rounds (0 = none).</summary>
    public int IdentityEvery { get; init; } = 100;

    /// <summary>Feeds <paramref name="fixes"/> positions; returns the time of the last one.</summary>
    public DateTimeOffset Run(VesselTracker tracker, long fixes)
    {
        var n = _mmsi.Length;
        var spacingTicks = TimeSpan.FromSeconds(30).Ticks / n;
        var t = Start;
        for (long k = 0; k < fixes; k++)
        {
            var i = (int)(k % n);
            var round = k / n;
            t = Start + TimeSpan.FromTicks(round * TimeSpan.FromSeconds(30).Ticks + i * spacingTicks);
            _lat[i] += _dLat[i];
            _lon[i] += _dLon[i];
            if (_lat[i] is > 80 or < -80) { _dLat[i] = -_dLat[i]; _lat[i] += 2 * _dLat[i]; }
            if (_lon[i] > 180) _lon[i] -= 360;
            if (_lon[i] < -180) _lon[i] += 360;
            var mmsi = new Mmsi(_mmsi[i]);
            tracker.Add(new VesselFix(mmsi, t, _lat[i], _lon[i], Math.Round(_sog[i], 1), Math.Round(_cog[i], 1), (int)_cog[i], TransponderClass.A));
            if (IdentityEvery > 0 && round % IdentityEvery == 0)
            {
                IdentityReports++;
                tracker.Add(new IdentityReport(mmsi, t, IdentitySource.ClassAStatic, _names[i], _imos[i], "BNCH", new ShipType(70),
                    new VesselDimensions(100, 20, 10, 10), 8.5, "SINGAPORE", Start.AddDays(5)));
            }
        }
        return t;
    }
}
