using Picket.Core.Assessment;
using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Analysis;

/// <summary>
/// Deliveries for the cap table: calls at DPRK ports by tankers (AIS ship type 80–89), each with the transfer
/// evidence (encounters, dark-STS loitering, draught changes) of that vessel in the 30 days before, and a capacity
/// estimated from its broadcast dimensions (stated as an estimate). Where the tanker reported draught rises at sea in
/// that window, the cargo they imply (<see cref="DraughtCargo"/>) is given beside the capacity.
/// </summary>
internal static class DeliveryFinder
{
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(30);

    public static bool IsDprkPortCall(PicketEvent e) => e.Evidence is PortCallEvidence { DprkPort: true };

    public static IReadOnlyList<Delivery> Find(IReadOnlyList<PicketEvent> events, Func<Mmsi, VesselRecord?> identity, PetroleumProduct product)
    {
        var deliveries = new List<Delivery>();
        foreach (var call in events.Where(IsDprkPortCall))
        {
            var mmsi = call.Vessels[0].Mmsi;
            var id = identity(mmsi)?.Current;
            if (id?.ShipType is not { } type || type.Code is < 80 or > 89) continue;
            if (id.Dimensions is not { IsAvailable: true } d) continue;
            var capacity = CargoCapacity.FromDimensions(d.Length, d.Beam, id.DraughtMetres, product);
            var before = events.Where(e => e.Vessels.Any(v => v.Mmsi == mmsi) && e.End <= call.Start && call.Start - e.End <= Lookback
                && (e.Type is EventType.Encounter or EventType.DraughtChange || e.Evidence is LoiteringEvidence { PossiblePartner: not null }));
            var port = (call.Evidence as PortCallEvidence)?.Port.Name ?? "DPRK port";
            var evidence = before.ToList();
            // A rise counts once: for the first DPRK call after it, not again for a later one in the window.
            var previousCall = events.Where(e => IsDprkPortCall(e) && e.Vessels[0].Mmsi == mmsi && e.End <= call.Start).Select(e => e.End).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
            var rise = evidence.Where(e => e.End > previousCall).Select(e => e.Evidence).OfType<DraughtChangeEvidence>()
                .Where(c => c.ChangeM > 0).Sum(c => c.ChangeM);
            BarrelRange? fromDraught = rise > 0 && DraughtCargo.Estimate(d.Length, d.Beam, rise, type) is { } cargo
                ? new BarrelRange(cargo.Barrels(product), cargo.LowBarrels(product), cargo.HighBarrels(product))
                : null;
            deliveries.Add(new Delivery(call.Start, id.Name ?? mmsi.ToString(), port, capacity, [call.Id, .. evidence.Select(e => e.Id)], fromDraught));
        }
        return deliveries;
    }
}
