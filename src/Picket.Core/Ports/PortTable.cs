using Picket.Core.Geo;

namespace Picket.Core.Ports;

/// <summary>
/// A fixed set of ports with a one-degree cell index, so "is this fix within 3 km of a port?" costs a dictionary
/// look-up and a handful of distances however many ports the table holds. <see cref="Default"/> is the built-in
/// table (<see cref="BuiltInPorts"/>). Queries within <see cref="IndexedRadiusKm"/> use the index; wider ones scan.
/// </summary>
public sealed class PortTable
{
    /// <summary>A one-degree cell plus its neighbours covers at least 55 km in every direction up to 60° latitude.</summary>
    public const double IndexedRadiusKm = 50;

    private readonly Port[] _ports;
    private readonly Dictionary<int, Port[]> _byCell = [];

    /// <summary>A table of <paramref name="ports"/>, indexed by one-degree cell.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ports"/> is null.</exception>
    public PortTable(IEnumerable<Port> ports)
    {
        ArgumentNullException.ThrowIfNull(ports);
        _ports = [.. ports];
        var lists = new Dictionary<int, List<Port>>();
        foreach (var p in _ports)
        {
            var (row, col) = CellOf(p.Lat, p.Lon);
            for (var dr = -1; dr <= 1; dr++)
                for (var dc = -1; dc <= 1; dc++)
                {
                    var key = Key(row + dr, col + dc);
                    if (!lists.TryGetValue(key, out var list))
                        lists[key] = list = [];
                    list.Add(p);
                }
        }
        foreach (var (key, list) in lists)
            _byCell[key] = [.. list];
    }

    /// <summary>The table of <see cref="BuiltInPorts.All"/>.</summary>
    public static PortTable Default { get; } = new(BuiltInPorts.All);

    /// <summary>The ports in the order given.</summary>
    public IReadOnlyList<Port> Ports => _ports;

    /// <summary>The nearest port within <paramref name="maxKm"/>, or null.</summary>
    public NearestPort? Nearest(double lat, double lon, double maxKm)
    {
        Port? best = null;
        var bestKm = maxKm;
        // An array, not IEnumerable: this runs for every fix, and an interface enumerator would allocate each time.
        var candidates = maxKm <= IndexedRadiusKm
            ? (_byCell.TryGetValue(Key(CellOf(lat, lon)), out var cell) ? cell : [])
            : _ports;
        // A degree of latitude is never shorter than 110.5 km: ports further north or south cannot be within range.
        var latTolerance = maxKm / 110.5;
        foreach (var p in candidates)
        {
            if (Math.Abs(p.Lat - lat) > latTolerance)
                continue;
            var km = GreatCircle.DistanceMetres(lat, lon, p.Lat, p.Lon) / 1000.0;
            if (km <= bestKm)
            {
                bestKm = km;
                best = p;
            }
        }
        return best is null ? null : new NearestPort(best, bestKm);
    }

    /// <summary>The nearest port at any distance (null only for an empty table); for evidence, not for hot paths.</summary>
    public NearestPort? Nearest(double lat, double lon) => Nearest(lat, lon, double.PositiveInfinity);

    private static (int Row, int Col) CellOf(double lat, double lon) => ((int)Math.Floor(lat), (int)Math.Floor(lon));

    private static int Key((int Row, int Col) cell) => Key(cell.Row, cell.Col);

    private static int Key(int row, int col) => (row + 100) * 1000 + (col + 400);
}
