using System.Xml;
using System.Xml.Linq;

namespace Picket.Screening.Lists;

/// <summary>Shared plumbing for XML lists: safe reader settings and streaming one record element at a time.</summary>
internal static class XmlListReading
{
    /// <summary>
    /// No DTDs (so no entity expansion: OWASP XML External Entity Prevention), no external resolution, and a bound on the
    /// document's size: list files are untrusted input.
    /// </summary>
    public static XmlReaderSettings Settings(ListReaderLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = false,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = limits.MaxXmlCharacters,
    };

    /// <summary>A reader over <paramref name="stream"/> with every bound of <paramref name="limits"/>, nesting depth included.</summary>
    public static XmlReader Create(Stream stream, ListReaderLimits limits) =>
        new DepthLimitedXmlReader(XmlReader.Create(stream, Settings(limits)), limits.MaxXmlDepth);

    /// <summary>
    /// True for the exceptions that mean "this XML cannot be read": malformed XML or a bound exceeded (XmlException), and
    /// the ArgumentException System.Xml's reader itself throws on some corrupt encoding declarations (found by fuzzing:
    /// XmlTextReaderImpl.SwitchEncoding passes a negative count to Buffer.BlockCopy).
    /// </summary>
    public static bool IsUnreadableXml(Exception ex) => ex is XmlException or ArgumentException;

    /// <summary>The reason recorded for a file rejected with <paramref name="ex"/>.</summary>
    public static string Reason(Exception ex) =>
        ex is XmlException ? "malformed XML: " + ex.Message : "unreadable XML (" + ex.GetType().Name + "): " + ex.Message;

    /// <summary>
    /// The shape every XML list parser shares: check the root element, stream the record elements one at a time through
    /// <paramref name="read"/>, and return the whole list or, on malformed XML, nothing (never half a list).
    /// </summary>
    public static ListLoadResult LoadRecords(Stream stream, string name, Model.ListSource source, string root, string recordLabel,
        string[] recordNames, Func<XElement, string, List<ParseIssue>, Model.SanctionedEntity?> read, ListReaderLimits? limits)
    {
        var entities = new List<Model.SanctionedEntity>();
        var issues = new List<ParseIssue>();
        try
        {
            using var reader = Create(stream, limits ?? ListReaderLimits.Default);
            reader.MoveToContent();
            if (reader.LocalName != root)
                return ListLoadResult.Rejected(source, name, issues, $"root element is <{reader.LocalName}>, expected <{root}>");
            var ordinal = 0;
            foreach (var record in StreamRecords(reader, recordNames))
            {
                ordinal++;
                if (read(record, $"{name} {recordLabel} {ordinal}", issues) is { } e)
                    entities.Add(e);
            }
        }
        catch (Exception ex) when (IsUnreadableXml(ex))
        {
            return ListLoadResult.Rejected(source, name, issues, Reason(ex));
        }
        return ListLoadResult.Loaded(source, name, entities, issues);
    }

    /// <summary>
    /// Yields every element named one of <paramref name="recordNames"/> (namespace ignored) as a detached
    /// <see cref="XElement"/>, so memory is bounded by the largest record, not the file.
    /// </summary>
    public static IEnumerable<XElement> StreamRecords(XmlReader reader, params string[] recordNames)
    {
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && Array.IndexOf(recordNames, reader.LocalName) >= 0)
            {
                // ReadFrom advances the reader past the element.
                yield return (XElement)XNode.ReadFrom(reader);
            }
            else
            {
                reader.Read();
            }
        }
    }

    /// <summary>Child element value by local name, trimmed; null when absent or empty.</summary>
    public static string? Child(this XElement e, string localName)
    {
        foreach (var c in e.Elements())
        {
            if (c.Name.LocalName == localName)
            {
                var v = c.Value.Trim();
                return v.Length == 0 ? null : v;
            }
        }

        return null;
    }

    /// <summary>Child elements by local name.</summary>
    public static IEnumerable<XElement> Children(this XElement e, string localName) =>
        e.Elements().Where(c => c.Name.LocalName == localName);

    /// <summary>Descendant elements by local name.</summary>
    public static IEnumerable<XElement> Find(this XElement e, string localName) =>
        e.Descendants().Where(c => c.Name.LocalName == localName);

    /// <summary>Attribute value by local name; null when absent.</summary>
    public static string? Attr(this XElement e, string localName) =>
        e.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;
}
