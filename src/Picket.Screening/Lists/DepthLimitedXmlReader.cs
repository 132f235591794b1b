using System.Xml;

namespace Picket.Screening.Lists;

/// <summary>
/// Passes an <see cref="XmlReader"/> through unchanged but stops at an element nested deeper than a limit, by throwing
/// the <see cref="XmlException"/> the list readers already turn into a rejected file. XmlReaderSettings has no depth
/// bound of its own; checking once per node here keeps a hostile nesting from reaching XNode.ReadFrom and the record
/// readers, whose work grows with depth.
/// </summary>
internal sealed class DepthLimitedXmlReader(XmlReader inner, int maxDepth) : XmlReader, IXmlLineInfo
{
    public override bool Read()
    {
        if (!inner.Read()) return false;
        if (inner.Depth > maxDepth)
        {
            var where = inner is IXmlLineInfo li && li.HasLineInfo() ? $" (line {li.LineNumber}, position {li.LinePosition})" : "";
            throw new XmlException($"elements nested deeper than {maxDepth} levels{where}; no list nests that deep");
        }

        return true;
    }

    public override int AttributeCount => inner.AttributeCount;
    public override string BaseURI => inner.BaseURI;
    public override int Depth => inner.Depth;
    public override bool EOF => inner.EOF;
    public override bool IsEmptyElement => inner.IsEmptyElement;
    public override string LocalName => inner.LocalName;
    public override string Name => inner.Name;
    public override string NamespaceURI => inner.NamespaceURI;
    public override XmlNameTable NameTable => inner.NameTable;
    public override XmlNodeType NodeType => inner.NodeType;
    public override string Prefix => inner.Prefix;
    public override ReadState ReadState => inner.ReadState;
    public override string Value => inner.Value;
    public override bool HasValue => inner.HasValue;
    public override bool IsDefault => inner.IsDefault;
    public override string GetAttribute(int i) => inner.GetAttribute(i);
    public override string? GetAttribute(string name) => inner.GetAttribute(name);
    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);
    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);
    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);
    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);
    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);
    public override bool MoveToElement() => inner.MoveToElement();
    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();
    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();
    public override bool ReadAttributeValue() => inner.ReadAttributeValue();
    public override void ResolveEntity() => inner.ResolveEntity();

    public bool HasLineInfo() => inner is IXmlLineInfo li && li.HasLineInfo();
    public int LineNumber => inner is IXmlLineInfo li ? li.LineNumber : 0;
    public int LinePosition => inner is IXmlLineInfo li ? li.LinePosition : 0;

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
