using Picket.Core.Geo;

namespace Picket.Core.Voyages;

/// <summary>
/// Cuts one hull's activity into voyages, port call to port call, in the manner of Global Fishing Watch's port visits
/// and voyages (a voyage runs from the end of one visit to the start of the next). What lies between two calls — gaps,
/// meetings, loitering, the destinations and draughts the crew typed — is attached to that voyage. Three edges are
/// handled on purpose: a hull first heard at sea gets a voyage with no origin; a hull still at sea at the end of the input
/// gets an open voyage with no destination reached; and a call still open at the end of the input (the hull never
/// left) ends the last voyage without starting a new one, so a cut call never reads as a departure.
/// </summary>
/// <param name="options">Voyage and draught settings; <see cref="VoyageOptions.Default"/> when null.</param>
/// <param name="destinations">Ties typed destinations to ports; <see cref="DestinationResolver.Default"/> when null.</param>
public sealed class VoyageBuilder(VoyageOptions? options = null, DestinationResolver? destinations = null)
{
    private readonly VoyageOptions _o = options ?? VoyageOptions.Default;
    private readonly DestinationResolver _resolver = destinations ?? DestinationResolver.Default;

    /// <summary>The voyages of <paramref name="hull"/> in time order; a hull with no port call and a seen span gets one voyage with neither end, one seen at a single instant none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hull"/> is null.</exception>
    public IReadOnlyList<Voyage> Build(HullActivity hull)
    {
        ArgumentNullException.ThrowIfNull(hull);
        var calls = MergedCalls(hull.Calls);
        var draughts = hull.Draughts.OrderBy(d => d.Time).ToList();
        var scale = DraughtScale.Of(draughts, _o.MinDraughtRangeMetres);
        var voyages = new List<Voyage>();
        if (calls.Count == 0)
        {
            if (hull.FirstSeen is { } f && hull.LastSeen is { } l && l > f)
                voyages.Add(Make(hull, null, null, f, l, draughts, scale));
            return voyages;
        }
        if (hull.FirstSeen is { } first && first < calls[0].Start - TimeSpan.FromMinutes(1))
            voyages.Add(Make(hull, null, calls[0], first, calls[0].Start, draughts, scale));
        for (int i = 0; i < calls.Count; i++)
        {
            var from = calls[i];
            if (i + 1 < calls.Count)
                voyages.Add(Make(hull, from, calls[i + 1], from.End, calls[i + 1].Start, draughts, scale));
            else if (from.ExitObserved && hull.LastSeen is { } last && last > from.End)
                voyages.Add(Make(hull, from, null, from.End, last, draughts, scale));
            // A last call with no observed exit was cut by the end of the input: no departure, no voyage.
        }
        return voyages;
    }

    private Voyage Make(HullActivity hull, CallRecord? from, CallRecord? to, DateTimeOffset departure, DateTimeOffset arrival,
        List<DraughtRecord> draughts, DraughtScale scale)
    {
        bool Inside(DateTimeOffset s, DateTimeOffset e) => s < arrival && e > departure;
        var gaps = hull.Gaps.Where(g => Inside(g.Start, g.End)).OrderBy(g => g.Start).ToList();
        var dark = TimeSpan.Zero;
        foreach (var g in gaps)
            dark += (g.End < arrival ? g.End : arrival) - (g.Start > departure ? g.Start : departure);
        var meetings = hull.Meetings.Where(m => Inside(m.Start, m.End)).OrderBy(m => m.Start).ToList();
        var loitering = hull.Loitering.Where(m => Inside(m.Start, m.End)).OrderBy(m => m.Start).ToList();

        // Declared destinations: the one in force when the hull was in its origin port, then every change on the way.
        var windowStart = from?.Start ?? departure;
        var declared = new List<PortDestination>();
        DateTimeOffset? eta = null;
        DestinationRecord? inForce = null;
        foreach (var d in hull.Destinations.OrderBy(d => d.Time))
        {
            if (d.Time > arrival) break;
            if (d.Time < windowStart) { inForce = d; continue; }
            if (inForce is { } f0 && declared.Count == 0) AddDeclared(declared, f0.Text);
            AddDeclared(declared, d.Text);
            eta = d.Eta ?? eta;
        }
        if (declared.Count == 0 && inForce is { } only)
        {
            AddDeclared(declared, only.Text);
            eta = only.Eta;
        }
        var lastResolved = declared.LastOrDefault(d => d.IsResolved);
        bool mismatch = to is { } t && lastResolved.Port is { } named && named != t.Port
            && GreatCircle.DistanceMetres(named.Lat, named.Lon, t.Port.Lat, t.Port.Lon) / 1000 > _o.NearbyPortKm;

        double? excess = null;
        if (from is { } a && to is { } b)
        {
            var directHours = GreatCircle.DistanceMetres(a.Port.Lat, a.Port.Lon, b.Port.Lat, b.Port.Lon) / 1852.0 / _o.TypicalKnots;
            excess = Math.Max(0, (arrival - departure).TotalHours - directHours);
        }
        return new Voyage
        {
            Mmsi = hull.Mmsi,
            From = from,
            To = to,
            Departure = departure,
            Arrival = arrival,
            Gaps = gaps,
            Meetings = meetings,
            Loitering = loitering,
            Dark = dark,
            Declared = declared,
            DeclaredEta = eta,
            DestinationMismatch = mismatch,
            DepartureDraught = from is null ? default : DepartureDraught(draughts, departure, arrival, meetings, scale),
            ArrivalDraught = to is null ? default : scale.Judge(InForce(draughts, arrival)),
            ExcessHours = excess,
        };
    }

    private void AddDeclared(List<PortDestination> declared, string text)
    {
        if (declared.Count > 0 && declared[^1].Text == text) return;
        declared.Add(_resolver.Resolve(text));
    }

    /// <summary>The draught in force at departure, or a new value typed soon after (before any meeting could explain it).</summary>
    private VoyageDraught DepartureDraught(List<DraughtRecord> draughts, DateTimeOffset departure, DateTimeOffset arrival, List<MeetingRecord> meetings, DraughtScale scale)
    {
        var atDeparture = InForce(draughts, departure);
        var lateLimit = departure + _o.DraughtTypedLateWithin;
        if (arrival < lateLimit) lateLimit = arrival;
        foreach (var m in meetings)
            if (m.Start < lateLimit) lateLimit = m.Start;
        foreach (var d in draughts)
        {
            if (d.Time <= departure) continue;
            if (d.Time > lateLimit) break;
            if (atDeparture is not { } was || Math.Abs(d.Metres - was) >= 0.3)
                return scale.Judge(d.Metres) with { TypedLate = true };
        }
        return scale.Judge(atDeparture);
    }

    private static double? InForce(List<DraughtRecord> draughts, DateTimeOffset at)
    {
        double? value = null;
        foreach (var d in draughts)
        {
            if (d.Time > at) break;
            value = d.Metres;
        }
        return value;
    }

    /// <summary>Consecutive calls at one port close together are one stay (a silence in port or a shift of berth split it).</summary>
    private List<CallRecord> MergedCalls(List<CallRecord> calls)
    {
        var sorted = calls.OrderBy(c => c.Start).ToList();
        var merged = new List<CallRecord>(sorted.Count);
        foreach (var c in sorted)
        {
            if (merged.Count > 0 && merged[^1] is var prev && prev.Port == c.Port && c.Start - prev.End <= _o.MergeSamePortWithin)
            {
                merged[^1] = prev with { End = c.End > prev.End ? c.End : prev.End, ExitObserved = c.End >= prev.End ? c.ExitObserved : prev.ExitObserved };
                continue;
            }
            merged.Add(c);
        }
        return merged;
    }
}
