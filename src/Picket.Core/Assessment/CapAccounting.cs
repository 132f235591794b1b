namespace Picket.Core.Assessment;

/// <summary>One estimated delivery of refined product to a DPRK port: a tanker's port call, with the evidence behind it.</summary>
/// <param name="Time">UTC start of the port call.</param>
/// <param name="Vessel">The tanker as the report names it (name and MMSI).</param>
/// <param name="Port">The DPRK port called at.</param>
/// <param name="Capacity">The tanker's cargo capacity and how it was obtained.</param>
/// <param name="EvidenceEventIds">The port call and the events that support the delivery (transfers before it).</param>
/// <param name="CargoFromDraught">
/// The cargo the tanker's at-sea draught rises before the call imply (<see cref="DraughtCargo"/>), in barrels of the
/// product assumed; null when it reported none or its dimensions are unknown.
/// </param>
public sealed record Delivery(DateTimeOffset Time, string Vessel, string Port, CargoCapacity Capacity, IReadOnlyList<string> EvidenceEventIds,
    BarrelRange? CargoFromDraught = null);

/// <summary>An estimate in barrels with its range.</summary>
/// <param name="Barrels">The middle estimate.</param>
/// <param name="Low">The low end of the range.</param>
/// <param name="High">The high end of the range.</param>
public readonly record struct BarrelRange(double Barrels, double Low, double High)
{
    /// <summary>The sum of two estimates, middle with middle and end with end (the ranges add as bounds).</summary>
    public static BarrelRange operator +(BarrelRange a, BarrelRange b) => new(a.Barrels + b.Barrels, a.Low + b.Low, a.High + b.High);
}

/// <summary>Officially reported deliveries for a year (1718 Committee notifications), in barrels.</summary>
/// <param name="Year">The calendar year reported.</param>
/// <param name="Barrels">Barrels notified for the year.</param>
/// <param name="Source">Where the figure comes from (the Committee's page or document).</param>
public sealed record ReportedDeliveries(int Year, double Barrels, string Source);

/// <summary>One year's row of the cap table: deliveries counted and the barrels they imply under each load scenario.</summary>
/// <param name="Year">The calendar year (UTC) the deliveries fall in.</param>
/// <param name="Deliveries">Deliveries counted in the year.</param>
/// <param name="CapacityBarrels">The sum of their tankers' capacities in barrels.</param>
/// <param name="Scenarios">For each load fraction, the barrels delivered (rounded down) and their share of the annual cap.</param>
/// <param name="ReportedBarrels">What was officially reported to the 1718 Committee for the year, or null when not known.</param>
/// <param name="DeliveriesWithDraught">Deliveries whose cargo could also be estimated from an at-sea draught rise.</param>
/// <param name="FromDraught">The sum of those estimates (null when none): beside the load scenarios, not instead of them.</param>
public sealed record CapYear(int Year, int Deliveries, double CapacityBarrels, IReadOnlyList<(double Load, long Barrels, double ShareOfCap)> Scenarios, double? ReportedBarrels,
    int DeliveriesWithDraught = 0, BarrelRange? FromDraught = null);

/// <summary>
/// Refined-petroleum deliveries to the DPRK against the UN cap (UNSCR 2397 OP5: 500,000 barrels per year from 2018).
/// The method reproduces the US submission to the 1718 Committee of July 2018: sum the listed capacities of the tankers
/// that called at DPRK ports, then take a share of it for each load scenario (1/3, 1/2, 90 %, full). Barrels are
/// rounded down ("at least"), as published: 1,519,587 bbl of capacity gives 759,793 at half load and 1,367,628 at 90 %.
/// Beside the scenarios, the deliveries whose tanker reported an at-sea draught rise before the call give a second,
/// independent figure: the cargo that rise implies (<see cref="DraughtCargo"/>), summed with its range.
/// </summary>
public static class CapAccounting
{
    /// <summary>UNSCR 2397 (2017) OP5: refined petroleum products, barrels per 12 months from 1 January 2018.</summary>
    public const double AnnualCapBarrels = 500_000;

    /// <summary>The load fractions the US estimate and the Panel of Experts use.</summary>
    public static readonly IReadOnlyList<double> LoadScenarios = [1.0 / 3, 0.5, 0.9, 1.0];

    /// <summary>Barrels delivered at a load fraction, rounded down as published.</summary>
    public static long AtLoad(double capacityBarrels, double load) => (long)Math.Floor(capacityBarrels * load + 1e-6);

    /// <summary>The per-year table, optionally beside officially reported deliveries.</summary>
    public static IReadOnlyList<CapYear> ByYear(IEnumerable<Delivery> deliveries, IEnumerable<ReportedDeliveries>? reported = null)
    {
        var official = (reported ?? []).GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.Sum(r => r.Barrels));
        return deliveries.GroupBy(d => d.Time.UtcDateTime.Year).OrderBy(g => g.Key).Select(g =>
        {
            double capacity = g.Sum(d => d.Capacity.Barrels);
            var scenarios = LoadScenarios.Select(load => (load, AtLoad(capacity, load), AtLoad(capacity, load) / AnnualCapBarrels)).ToList();
            BarrelRange? fromDraught = null;
            int withDraught = 0;
            foreach (var d in g)
                if (d.CargoFromDraught is { } r)
                {
                    fromDraught = fromDraught is { } sum ? sum + r : r;
                    withDraught++;
                }
            return new CapYear(g.Key, g.Count(), capacity, scenarios, official.TryGetValue(g.Key, out var b) ? b : null, withDraught, fromDraught);
        }).ToList();
    }
}
