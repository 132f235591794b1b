using System.Text;
using Picket.Ais.Csv;
using Picket.Screening.Lists.Eu;
using Picket.Screening.Lists.Ofac;
using Picket.Screening.Lists.OpenSanctions;
using Picket.Screening.Lists.Uk;
using Picket.Screening.Lists.Un;
using Picket.Screening.Names;

namespace Picket.Fuzz;

/// <summary>One entry point per reader of untrusted input; each consumes everything the reader yields.</summary>
internal static class FuzzTargets
{
    delegate void Target(ReadOnlySpan<byte> data);

    static readonly (string Name, Target Run)[] s_targets =
    [
        ("nmea", AisTargets.NmeaLines),
        ("sixbit", AisTargets.SixBitPayload),
        ("csv", AisCsv),
        ("un", d => Touch(UnConsolidatedParser.Load(new MemoryStream(d.ToArray()), "fuzz"))),
        ("ofac-csv", OfacCsv),
        ("ofac-advanced", d => Touch(OfacAdvancedXmlParser.Load(new MemoryStream(d.ToArray()), "fuzz"))),
        ("ofac-enhanced", d => Touch(OfacEnhancedXmlParser.Load(new MemoryStream(d.ToArray()), "fuzz"))),
        ("eu", d => Touch(EuFinancialSanctionsParser.Load(new MemoryStream(d.ToArray()), "fuzz"))),
        ("uk", d => Touch(UkSanctionsListParser.Load(new MemoryStream(d.ToArray()), "fuzz"))),
        ("ftm", d => Touch(FtmJsonLinesParser.Load(new StringReader(Encoding.UTF8.GetString(d)), "fuzz"))),
        ("names", NameFolding),
        ("registry", CompanyTargets.Registry),
        ("ftm-owners", CompanyTargets.FtmOwners),
        ("events", EventTargets.EventLines),
        ("destination", VoyageTargets.Destination),
        ("input", InputTargets.Input),
        ("selftest", SelfTest),
    ];

    public static IEnumerable<string> Names => s_targets.Select(t => t.Name);

    public static SharpFuzz.ReadOnlySpanAction? Find(string name)
    {
        foreach (var (n, run) in s_targets)
        {
            if (n == name) return span => run(span);
        }

        return null;
    }

    static void AisCsv(ReadOnlySpan<byte> data)
    {
        var stats = new CsvReadStatistics();
        foreach (var record in AisCsvReader.Read(new MemoryStream(data.ToArray()), stats))
        {
            _ = record.ToString();
        }

        _ = stats.ToString();
    }

    /// <summary>A planted crash: fuzz/run.sh feeds it its magic input to prove that a crash is caught and counted.</summary>
    static void SelfTest(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("PICKET-FUZZ-SELFTEST"u8)) throw new InvalidOperationException("planted crash (selftest)");
    }

    /// <summary>sdn.csv, alt.csv and sdn_comments.csv as one input, separated by NUL bytes.</summary>
    static void OfacCsv(ReadOnlySpan<byte> data)
    {
        var parts = Encoding.UTF8.GetString(data).Split('\0', 3);
        Touch(OfacSdnCsvParser.LoadText(parts[0], parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null));
    }

    static void NameFolding(ReadOnlySpan<byte> data)
    {
        var name = Encoding.UTF8.GetString(data);
        _ = NameNormalizer.Fold(name);
        _ = NameNormalizer.Fold(name, HanReading.Mandarin);
        _ = NameNormalizer.FoldVariants(name);
        foreach (var prepared in PreparedName.PrepareAll(name))
        {
            _ = prepared.Keys.Length;
        }
    }

    /// <summary>Reads every entity and issue, so lazy work inside the result runs too.</summary>
    static void Touch(Picket.Screening.Lists.ListLoadResult result)
    {
        _ = result.ToString();
        foreach (var e in result.Entities) _ = e.ToString();
        foreach (var i in result.Issues) _ = i.ToString();
    }
}
