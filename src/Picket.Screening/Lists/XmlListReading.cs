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
