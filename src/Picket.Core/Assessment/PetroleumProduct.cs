namespace Picket.Core.Assessment;

/// <summary>Refined products a tanker may carry, with the tonnes→barrels factor the 1718 Committee's conversion table uses.</summary>
public enum PetroleumProduct
{
    /// <summary>Liquefied petroleum gas.</summary>
    Lpg,
    /// <summary>Motor gasoline (petrol).</summary>
    Gasoline,
    /// <summary>Kerosene and jet fuel.</summary>
    Kerosene,
    /// <summary>Gas oil / diesel: the default, since DPRK imports are mostly diesel and its factor gives a middle estimate.</summary>
    Diesel,
    /// <summary>Residual fuel oil.</summary>
    FuelOil,
    /// <summary>The product-basket factor for an unnamed refined product.</summary>
    Basket,
}

/// <summary>Tonnes → barrels (BP Statistical Review of World Energy conversion factors, as used on the UN 1718 Committee's refined-petroleum page).</summary>
public static class BarrelsPerTonne
{
    /// <summary>Barrels per tonne of <paramref name="product"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="product"/> is not a defined value.</exception>
    public static double Of(PetroleumProduct product) => product switch
    {
        PetroleumProduct.Lpg => 11.6,
        PetroleumProduct.Gasoline => 8.5,
        PetroleumProduct.Kerosene => 7.8,
        PetroleumProduct.Diesel => 7.5,
        PetroleumProduct.FuelOil => 6.7,
        PetroleumProduct.Basket => 8.0,
        _ => throw new ArgumentOutOfRangeException(nameof(product)),
    };
}
