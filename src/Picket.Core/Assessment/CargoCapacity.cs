namespace Picket.Core.Assessment;

/// <summary>How a tanker's cargo capacity was obtained: stated by a registry or list, or estimated from its AIS dimensions.</summary>
public enum CapacityBasis
{
    /// <summary>From a stated deadweight (a list entry, a registry): the better figure.</summary>
    StatedDeadweight,
    /// <summary>Estimated from AIS length, beam and draught: an order of magnitude, to be labelled as such.</summary>
    EstimatedFromDimensions,
}

/// <summary>A tanker's cargo capacity in barrels of a given product, with how it was obtained.</summary>
/// <param name="Barrels">Cargo capacity in barrels of the product assumed.</param>
/// <param name="Tonnes">Cargo capacity in tonnes.</param>
/// <param name="Basis">How the figure was obtained.</param>
/// <param name="Method">The calculation in words, for the analyst.</param>
public readonly record struct CargoCapacity(double Barrels, double Tonnes, CapacityBasis Basis, string Method)
{
    /// <summary>
    /// Share of deadweight available for cargo: the rest is fuel, water and stores. 0.95 is a common rule of thumb for
    /// product tankers; the published US estimate used listed capacities directly, so this only applies to our own estimates.
    /// </summary>
    public const double CargoShareOfDeadweight = 0.95;

    /// <summary>Capacity from a stated deadweight in tonnes.</summary>
    public static CargoCapacity FromDeadweight(double deadweightTonnes, PetroleumProduct product = PetroleumProduct.Diesel)
    {
        double cargo = deadweightTonnes * CargoShareOfDeadweight;
        return new(cargo * BarrelsPerTonne.Of(product), cargo, CapacityBasis.StatedDeadweight,
            $"deadweight {deadweightTonnes:0} t × {CargoShareOfDeadweight} cargo share × {BarrelsPerTonne.Of(product)} bbl/t");
    }

    /// <summary>
    /// Capacity estimated from AIS dimensions: displacement = Cb·L·B·T·ρ with block coefficient Cb = 0.80 (full-bodied
    /// small tankers) and sea water ρ = 1.025 t/m³; deadweight ≈ 0.75 of full-load displacement for product tankers of
    /// 1,000–10,000 dwt. The reported draught may not be the full-load draught, so the design draught is taken as at least
    /// 6 % of length (typical L/T ≈ 16). Stated as an estimate wherever it is shown.
    /// </summary>
    public static CargoCapacity FromDimensions(double lengthM, double beamM, double? reportedDraughtM, PetroleumProduct product = PetroleumProduct.Diesel)
    {
        const double blockCoefficient = 0.80, seaWater = 1.025, deadweightShare = 0.75;
        double draught = Math.Max(reportedDraughtM ?? 0, 0.06 * lengthM);
        double displacement = blockCoefficient * lengthM * beamM * draught * seaWater;
        double deadweight = displacement * deadweightShare;
        double cargo = deadweight * CargoShareOfDeadweight;
        return new(cargo * BarrelsPerTonne.Of(product), cargo, CapacityBasis.EstimatedFromDimensions,
            $"estimated: {lengthM:0} m × {beamM:0} m × {draught:0.0} m, Cb {blockCoefficient}, ρ {seaWater}, dwt/displacement {deadweightShare}, × {BarrelsPerTonne.Of(product)} bbl/t");
    }
}
