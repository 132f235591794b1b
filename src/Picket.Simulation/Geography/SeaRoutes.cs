namespace Picket.Simulation.Geography;

/// <summary>
/// Lanes between ports: berth → gate → shortest path over the hub graph → gate → berth. The hub graph is tiny
/// (a dozen nodes), so paths are computed once per port pair and cached.
/// </summary>
internal sealed class SeaRoutes
{
    private readonly Region _region;
    private readonly Dictionary<(string, string), LatLon[]> _cache = [];

    public SeaRoutes(Region region) => _region = region;

    /// <summary>The waypoints from <paramref name="from"/>'s gate to <paramref name="to"/>'s gate (both included).</summary>
    public LatLon[] Between(Port from, Port to)
    {
        if (_cache.TryGetValue((from.Name, to.Name), out var cached)) return cached;
        var hubs = ShortestHubPath(from, to);
        var points = new List<LatLon> { from.Gate };
        foreach (int h in hubs) points.Add(_region.Hubs[h]);
        points.Add(to.Gate);
        var result = points.ToArray();
        _cache[(from.Name, to.Name)] = result;
        return result;
    }

    private List<int> ShortestHubPath(Port from, Port to)
    {
        // Neighbouring ports that share a hub go gate to gate through it; Dijkstra over hubs otherwise.
        int n = _region.Hubs.Count;
        var dist = new double[n];
        var prev = new int[n];
        var done = new bool[n];
        Array.Fill(dist, double.MaxValue);
        Array.Fill(prev, -1);
        foreach (int h in from.Hubs) dist[h] = from.Gate.DistanceMetres(_region.Hubs[h]);
        for (int round = 0; round < n; round++)
        {
            int u = -1;
            for (int i = 0; i < n; i++)
                if (!done[i] && dist[i] < double.MaxValue && (u < 0 || dist[i] < dist[u])) u = i;
            if (u < 0) break;
            done[u] = true;
            foreach (var (a, b) in _region.HubEdges)
            {
                int v = a == u ? b : b == u ? a : -1;
                if (v < 0 || done[v]) continue;
                double alt = dist[u] + _region.Hubs[u].DistanceMetres(_region.Hubs[v]);
                if (alt < dist[v])
                {
                    dist[v] = alt;
                    prev[v] = u;
                }
            }
        }
        int best = -1;
        double bestTotal = double.MaxValue;
        foreach (int h in to.Hubs)
        {
            if (dist[h] == double.MaxValue) continue;
            double total = dist[h] + _region.Hubs[h].DistanceMetres(to.Gate);
            if (total < bestTotal)
            {
                bestTotal = total;
                best = h;
            }
        }
        var path = new List<int>();
        for (int h = best; h >= 0; h = prev[h]) path.Add(h);
        path.Reverse();
        return path;
    }
}
