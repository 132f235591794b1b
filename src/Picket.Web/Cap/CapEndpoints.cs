using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Picket.Core.Assessment;
using Picket.Store.Queries;
using Picket.Web.Hosting;

namespace Picket.Web.Cap;

/// <summary>One load scenario of a year: the share of capacity assumed delivered, the barrels, and their share of the cap.</summary>
internal sealed record LoadScenario(double Load, long Barrels, double ShareOfCap);

/// <summary>
/// A year of the cap table. <c>barrelsLow</c>/<c>barrelsMid</c>/<c>barrelsHigh</c> are the one-third, half and 90 % load
/// scenarios of the US submission to the 1718 Committee (July 2018); every scenario is in <c>scenarios</c>.
/// </summary>
internal sealed record CapYearRow(int Year, int Deliveries, double CapacityBarrels, long BarrelsLow, long BarrelsMid, long BarrelsHigh,
    IReadOnlyList<LoadScenario> Scenarios, int DeliveriesWithDraught, double? DraughtBarrels);

/// <summary><c>GET /api/v1/cap</c>: the UNSCR 2397 OP5 cap (500,000 barrels a year) and the estimate per year.</summary>
internal sealed record CapResponse(double Cap, IReadOnlyList<CapYearRow> Years);

/// <summary>A delivery behind the cap table, with the events it rests on (the port call first).</summary>
internal sealed record DeliveryRow(DateTime Time, uint? Mmsi, string Vessel, string Port, double CapacityBarrels, double CapacityTonnes,
    string CapacityBasis, string CapacityMethod, double? DraughtBarrels, IReadOnlyList<string> EventIds);

internal sealed record DeliveriesResponse(IReadOnlyList<DeliveryRow> Deliveries);

internal static class CapEndpoints
{
    public static RouteGroupBuilder MapCap(this RouteGroupBuilder api)
    {
        api.MapGet("/cap", async (ServerState state, CancellationToken ct) =>
        {
            var deliveries = await state.Store.ReadAsync(s => DeliveryQuery.Find(s), ct);
            var years = CapAccounting.ByYear(deliveries.Select(d => d.Delivery)).Select(y => new CapYearRow(y.Year, y.Deliveries, y.CapacityBarrels,
                CapAccounting.AtLoad(y.CapacityBarrels, 1.0 / 3), CapAccounting.AtLoad(y.CapacityBarrels, 0.5), CapAccounting.AtLoad(y.CapacityBarrels, 0.9),
                [.. y.Scenarios.Select(s => new LoadScenario(Math.Round(s.Load, 4), s.Barrels, Math.Round(s.ShareOfCap, 4)))],
                y.DeliveriesWithDraught, y.FromDraught?.Barrels)).ToList();
            return TypedResults.Ok(new CapResponse(CapAccounting.AnnualCapBarrels, years));
        })
        .WithName("getCap")
        .WithSummary("Estimated refined-product deliveries to DPRK ports per year against the 500,000-barrel cap (UNSCR 2397 OP5).");

        api.MapGet("/deliveries", async (ServerState state, int? year, CancellationToken ct) =>
        {
            var deliveries = await state.Store.ReadAsync(s => DeliveryQuery.Find(s, year), ct);
            return TypedResults.Ok(new DeliveriesResponse([.. deliveries.Select(d => new DeliveryRow(d.Delivery.Time.UtcDateTime, d.Mmsi, d.Delivery.Vessel,
                d.Delivery.Port, d.Delivery.Capacity.Barrels, d.Delivery.Capacity.Tonnes, d.Delivery.Capacity.Basis.ToString(), d.Delivery.Capacity.Method,
                d.Delivery.CargoFromDraught?.Barrels, d.Delivery.EvidenceEventIds))]));
        })
        .WithName("listDeliveries")
        .WithSummary("The deliveries behind the cap table (optionally one year), each with its event ids.");
        return api;
    }
}
