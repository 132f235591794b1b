using Picket.Screening.Lists;
using Picket.Screening.Lists.Ofac;
using Picket.Screening.Lists.Un;
using Picket.Screening.Matching;

namespace Picket.Screening.Tests;

/// <summary>The real UN and OFAC lists, parsed and indexed once per test run (parsing takes a second or two).</summary>
internal static class LoadedLists
{
    static readonly Lazy<ListLoadResult?> UnList = new(() =>
        SharedData.Directory is { } d && File.Exists(Path.Combine(d, "lists/un/consolidated.xml"))
            ? UnConsolidatedParser.Load(Path.Combine(d, "lists/un/consolidated.xml")) : null);

    static readonly Lazy<ListLoadResult?> OfacList = new(() =>
        SharedData.Directory is { } d && Directory.Exists(Path.Combine(d, "lists/ofac"))
            ? OfacSdnCsvParser.LoadDirectory(Path.Combine(d, "lists/ofac")) : null);

    static readonly Lazy<Screener?> Both = new(() =>
        Un is { } u && Ofac is { } o ? new Screener(u.Entities.Concat(o.Entities)) : null);

    static ListLoadResult? Un => UnList.Value;

    static ListLoadResult? Ofac => OfacList.Value;

    public static ListLoadResult UnOrSkip()
    {
        SharedData.Require("lists/un/consolidated.xml");
        return Un!;
    }

    public static ListLoadResult OfacOrSkip()
    {
        SharedData.Require("lists/ofac/sdn.csv");
        return Ofac!;
    }

    /// <summary>One screener over UN + OFAC.</summary>
    public static Screener ScreenerOrSkip()
    {
        UnOrSkip();
        OfacOrSkip();
        return Both.Value!;
    }
}
