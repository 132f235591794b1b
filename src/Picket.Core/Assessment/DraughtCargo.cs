using Picket.Core.Vessels;

namespace Picket.Core.Assessment;

/// <summary>Cargo moved, estimated from a draught change: a middle figure and the range the assumptions allow.</summary>
/// <param name="ChangeMetres">The draught change in metres as reported, signed: positive when the hull sank deeper (loaded).</param>
/// <param name="TonnesPerCm">Tonnes per centimetre immersion (TPC) of the middle estimate.</param>
/// <param name="Tonnes">Cargo moved in tonnes, middle estimate.</param>
/// <param name="LowTonnes">Cargo moved in tonnes, low end (smallest TPC, change less the 0.1 m resolution).</param>
/// <param name="HighTonnes">Cargo moved in tonnes, high end (largest TPC, change plus the resolution).</param>
/// <param name="Method">The calculation in words, with its figures, for the analyst.</param>
public readonly record struct DraughtCargoEstimate(double ChangeMetres, double TonnesPerCm, double Tonnes, double LowTonnes, double HighTonnes, string Method)
{
    /// <summary>The middle estimate in barrels of <paramref name="product"/>.</summary>
    public double Barrels(PetroleumProduct product) => Tonnes * BarrelsPerTonne.Of(product);

    /// <summary>The low end in barrels of <paramref name="product"/>.</summary>
    public double LowBarrels(PetroleumProduct product) => LowTonnes * BarrelsPerTonne.Of(product);

    /// <summary>The high end in barrels of <paramref name="product"/>.</summary>
    public double HighBarrels(PetroleumProduct product) => HighTonnes * BarrelsPerTonne.Of(product);
}

/// <summary>
/// Cargo from draught, by the naval architect's tonnes per centimetre immersion: TPC = A<sub>wp</sub> · ρ / 100, the
/// waterplane area A<sub>wp</sub> ≈ C<sub>wp</sub> · L<sub>wl</sub> · B and sea water ρ = 1.025 t/m³; cargo moved =
/// TPC × change in cm (e.g. Rawson &amp; Tupper, Basic Ship Theory, ch. 3; Barrass, Ship Stability for Masters and
/// Mates). AIS gives the length overall and the beam (type 5 dimensions to bow/stern/port/starboard, ITU-R M.1371-5),
/// not the waterplane, so: the waterline length is taken as 0.94–0.98 of the length overall; the waterplane coefficient
/// comes from the block coefficient by C<sub>wp</sub> ≈ (1 + 2·C<sub>b</sub>) / 3 (Schneekluth &amp; Bertram, Ship
/// Design for Efficiency and Economy, 2nd ed., 1998, §2.3); C<sub>b</sub> by AIS ship type from the usual ranges of
/// the same texts (tankers 0.75–0.85, cargo ships 0.60–0.85 from container ships to bulkers, fishing vessels
/// 0.45–0.60, others 0.50–0.80). The hull is taken as wall-sided over the change (TPC constant), and AIS draught is
/// given in 0.1 m steps, so the change is ± 0.1 m. The low and high ends combine these bounds; the middle uses their
/// midpoints. For an MR product tanker of 183 m × 32.2 m this gives ≈ 50 t/cm, the figure such ships publish.
/// </summary>
public static class DraughtCargo
{
    /// <summary>Sea water, t/m³.</summary>
    public const double SeaWaterDensity = 1.025;

    /// <summary>AIS type 5 draught resolution (0.1 m): the uncertainty of a change read from two reports.</summary>
    public const double DraughtResolutionMetres = 0.1;

    private const double WaterlineShareLow = 0.94, WaterlineShareHigh = 0.98;

    /// <summary>Block coefficient range for an AIS ship type (ITU-R M.1371-5 Table 53 codes).</summary>
    public static (double Low, double High) BlockCoefficient(ShipType? type) => type?.Code switch
    {
        >= 80 and <= 89 => (0.75, 0.85),
        >= 70 and <= 79 => (0.60, 0.85),
        30 => (0.45, 0.60),
        _ => (0.50, 0.80),
    };

    /// <summary>Waterplane coefficient from the block coefficient (Schneekluth &amp; Bertram's approximation).</summary>
    public static double WaterplaneCoefficient(double blockCoefficient) => (1 + 2 * blockCoefficient) / 3;

    /// <summary>Tonnes per centimetre immersion for a waterline length, beam and waterplane coefficient.</summary>
    public static double TonnesPerCm(double waterlineLengthM, double beamM, double waterplaneCoefficient) =>
        waterplaneCoefficient * waterlineLengthM * beamM * SeaWaterDensity / 100;

    /// <summary>
    /// The cargo a draught change of <paramref name="changeMetres"/> means for a hull of the given length overall and
    /// beam; null when the dimensions are missing or implausible (AIS allows 0 for "not available").
    /// </summary>
    public static DraughtCargoEstimate? Estimate(double lengthM, double beamM, double changeMetres, ShipType? type)
    {
        if (!(lengthM is >= 10 and <= 500) || !(beamM is >= 2 and <= 80) || !(Math.Abs(changeMetres) is > 0 and <= 25.5) || beamM > lengthM)
            return null;
        var (cbLow, cbHigh) = BlockCoefficient(type);
        var change = Math.Abs(changeMetres);
        var mid = TonnesPerCm(lengthM * (WaterlineShareLow + WaterlineShareHigh) / 2, beamM, WaterplaneCoefficient((cbLow + cbHigh) / 2));
        var low = TonnesPerCm(lengthM * WaterlineShareLow, beamM, WaterplaneCoefficient(cbLow));
        var high = TonnesPerCm(lengthM * WaterlineShareHigh, beamM, WaterplaneCoefficient(cbHigh));
        var method = FormattableString.Invariant(
            $"estimated: TPC = Cwp·Lwl·B·ρ/100 = {mid:0.0} t/cm ({low:0.0}–{high:0.0}) for {lengthM:0} m × {beamM:0} m, Cb {cbLow}–{cbHigh}; × {change * 100:0} cm ± {DraughtResolutionMetres * 100:0}");
        return new DraughtCargoEstimate(changeMetres, mid, mid * change * 100,
            low * Math.Max(0, change - DraughtResolutionMetres) * 100, high * (change + DraughtResolutionMetres) * 100, method);
    }
}
