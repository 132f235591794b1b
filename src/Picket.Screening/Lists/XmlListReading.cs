using System.Xml;
using System.Xml.Linq;

namespace Picket.Screening.Lists;

/// <summary>Shared plumbing for XML lists: safe reader settings and streaming one record element at a time.</summary>
internal static class XmlListReading
{
    /// <summary>No DTDs, no external resolution: list files are untrusted input.</summary>
    public static XmlReaderSettings SafeSettings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>
    /// Yields every element named one of <paramref name="recordNames"/> (namespace ignored) as a detached
    /// <see cref="XElement"/>, so memory is bounded by the largest record, not the file.
    /// </summary>
    /// <summary>
    /// The shape every XML list parser shares: check the root element, stream the record elements one at a time through
    /// <paramref name="read"/>, and return the whole list or, on malformed XML, nothing (never half a list).
    /// </summary>
    public static ListLoadResult LoadRecords(Stream stream, string name, Model.ListSource source, string root, string recordLabel,
        string[] recordNames, Func<XElement, string, List<ParseIssue>, Model.SanctionedEntity?> read)
    {
        var entities = new List<Model.SanctionedEntity>();
        var issues = new List<ParseIssue>();
        try
        {
            using var reader = XmlReader.Create(stream, SafeSettings);
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
        catch (XmlException ex)
        {
            return ListLoadResult.Rejected(source, name, issues, "malformed XML: " + ex.Message);
        }
        return ListLoadResult.Loaded(source, name, entities, issues);
    }

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
