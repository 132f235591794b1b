using Picket.Core.Assessment;
using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Cli.Analyze;

/// <summary>
/// Deliveries for the cap table: calls at DPRK ports by tankers (AIS ship type 80–89), each with the transfer
/// evidence (encounters, dark-STS loitering, draught changes) of that vessel in the 30 days before, and a capacity
/// estimated from its broadcast dimensions (stated as an estimate).
/// </summary>
internal static class DeliveryFinder
{
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(30);

    public static bool IsDprkPortCall(PicketEvent e) => e.Type == EventType.PortCall && e.Evidence["dprk_port"] is true;

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
                && (e.Type is EventType.Encounter or EventType.DraughtChange || (e.Type == EventType.Loitering && e.Evidence.ContainsKey("possible_partner"))));
            var port = (call.Evidence["port"] as Evidence)?["name"] as string ?? "DPRK port";
            deliveries.Add(new Delivery(call.Start, id.Name ?? mmsi.ToString(), port, capacity, [call.Id, .. before.Select(e => e.Id)]));
        }
        return deliveries;
    }
}
