using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// A run of grid steps at which one pair of vessels was within the encounter distance; after merging, several runs
/// of the same pair. Holds per-step distances and speeds so medians are true medians (GFW's merge takes a median of
/// medians). Grows by one entry per 10-minute step, so a run costs a few kilobytes per day of encounter.
/// </summary>
internal sealed partial class EncounterRun(Mmsi a, Mmsi b, long startTicks)
{
    public Mmsi A { get; } = a;
    public Mmsi B { get; } = b;
    public long StartTicks { get; } = startTicks;
    public long LastTicks { get; private set; } = long.MinValue;
    public int Steps { get; private set; }
    public int Runs { get; private set; } = 1;
    public long TogetherTicks { get; private set; }
    public double StartLat, StartLon, EndLat, EndLon;
    public long SegmentA, SegmentB;
    /// <summary>
    /// True when the pair was within the port exclusion radius at this run's instants. Runs never mix port and sea
    /// steps, so two boats moored together and then towing side by side are not merged into one slow "meeting at sea".
    /// </summary>
    public bool InPort { get; init; }
    private double _sumLat, _sumLon, _densityA, _densityB;
    private readonly List<float> _distances = [];
    private readonly List<float> _speedsA = [];
    private readonly List<float> _speedsB = [];

    public double MeanLat => _sumLat / Steps;
    public double MeanLon => _sumLon / Steps;
    public double MeanDensityA => _densityA / Steps;
    public double MeanDensityB => _densityB / Steps;
    public double RealPointsA => _densityA;
    public double RealPointsB => _densityB;
    public IReadOnlyList<float> Distances => _distances;
    public IReadOnlyList<float> SpeedsA => _speedsA;
    public IReadOnlyList<float> SpeedsB => _speedsB;

    /// <summary>Adds one grid step; <paramref name="pa"/> must be vessel <see cref="A"/>'s point.</summary>
    public void Add(in GridPoint pa, in GridPoint pb, double metres)
    {
        if (Steps == 0)
        {
            (StartLat, StartLon) = ((pa.Lat + pb.Lat) / 2, (pa.Lon + pb.Lon) / 2);
            (SegmentA, SegmentB) = (pa.SegmentId, pb.SegmentId);
        }
        else
            TogetherTicks += pa.Ticks - LastTicks;
        (EndLat, EndLon) = ((pa.Lat + pb.Lat) / 2, (pa.Lon + pb.Lon) / 2);
        LastTicks = pa.Ticks;
        Steps++;
        _sumLat += EndLat;
        _sumLon += EndLon;
        _densityA += pa.Density;
        _densityB += pb.Density;
        _distances.Add((float)metres);
        _speedsA.Add((float)pa.SpeedKnots);
        _speedsB.Add((float)pb.SpeedKnots);
    }

    /// <summary>Appends a later run of the same pair (GFW merge of runs less than 4 h apart).</summary>
    public void Absorb(EncounterRun later)
    {
        LastTicks = later.LastTicks;
        (EndLat, EndLon) = (later.EndLat, later.EndLon);
        Steps += later.Steps;
        Runs += later.Runs;
        TogetherTicks += later.TogetherTicks;
        _sumLat += later._sumLat;
        _sumLon += later._sumLon;
        _densityA += later._densityA;
        _densityB += later._densityB;
        _distances.AddRange(later._distances);
        _speedsA.AddRange(later._speedsA);
        _speedsB.AddRange(later._speedsB);
    }
}
