namespace Picket.Core.Voyages;

/// <summary>The rule set of <see cref="LaunderingChainFinder"/>, with the source of each default.</summary>
public sealed record ChainOptions
{
    /// <summary>
    /// From the DPRK link to the arrival in a third country. The coal the UN Panel of Experts traced through Kholmsk
    /// (S/2018/171) was loaded in the DPRK in July–September 2017 and landed in South Korea in October: weeks, not months.
    /// </summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(45);

    /// <summary>
    /// "Near the DPRK coast": within 50 nautical miles of a DPRK port, the width of the military boundary zone the DPRK
    /// declared off its coast in 1977. Bulk carriers in the Panel's cases switch AIS off as they approach.
    /// </summary>
    public double NearDprkKm { get; init; } = 50 * 1.852;

    /// <summary>A dark period counts as a possible DPRK call when a detour to a DPRK port, a stay and the way back fit in it at this speed.</summary>
    public double DetourKnots { get; init; } = 12;

    /// <summary>The shortest stay a loading in a DPRK port takes, for the detour test above.</summary>
    public TimeSpan MinLoadingStay { get; init; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Where DPRK coal was relabelled as Russian (UN Panel of Experts S/2018/171 and S/2019/171; South Korean customs,
    /// August 2018): the Russian Far East ports, by UN/LOCODE.
    /// </summary>
    public IReadOnlySet<string> TransshipmentPorts { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "RUKHO", "RUNJK", "RUVNN", "RUVYP", "RUVVO", "RUZAR", "RUSKA", "RUKOR",
    };

    /// <summary>A draught rise or fall smaller than this across a meeting says nothing about which way cargo went.</summary>
    public double DraughtSignalMetres { get; init; } = 0.5;

    /// <summary>The published defaults.</summary>
    public static ChainOptions Default { get; } = new();
}
