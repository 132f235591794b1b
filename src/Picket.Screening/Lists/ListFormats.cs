using System.Xml;
using Picket.Screening.Lists.Eu;
using Picket.Screening.Lists.Ofac;
using Picket.Screening.Lists.OpenSanctions;
using Picket.Screening.Lists.Uk;
using Picket.Screening.Lists.Un;

namespace Picket.Screening.Lists;

/// <summary>Recognises a list file by its content and hands it to the right parser.</summary>
internal static class ListFormats
{
    /// <summary>The parse of <paramref name="path"/>, or null when it is not a list file we know.</summary>
    public static ListLoadResult? LoadFile(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext == ".xml")
        {
            return RootElement(path) switch
            {
                "CONSOLIDATED_LIST" => UnConsolidatedParser.Load(path),
                "export" => EuFinancialSanctionsParser.Load(path),
                "Designations" => UkSanctionsListParser.Load(path),
                "Sanctions" => OfacAdvancedXmlParser.Load(path),
                "sanctionsData" => OfacEnhancedXmlParser.Load(path),
                _ => null,
            };
        }

        var file = Path.GetFileName(path).ToLowerInvariant();
        if (file.EndsWith(".ftm.json", StringComparison.Ordinal) || ext is ".jsonl" or ".ijson")
        {
            return FtmJsonLinesParser.Load(path);
        }

        return null;
    }

    /// <summary>Local name of the root element; null when the file is not XML at all.</summary>
    internal static string? RootElement(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = XmlListReading.Create(stream, ListReaderLimits.Default);
            return reader.MoveToContent() == XmlNodeType.Element ? reader.LocalName : null;
        }
        catch (Exception ex) when (XmlListReading.IsUnreadableXml(ex) || ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
