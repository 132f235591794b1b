using nietras.SeparatedValues;

namespace Picket.Ais.Csv;

/// <summary>Finds columns by header name, case-insensitively, trying each known spelling; -1 when absent.</summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);

    public CsvColumns(SepReaderHeader header)
    {
        for (int i = 0; i < header.ColNames.Count; i++)
            _byName.TryAdd(header.ColNames[i].Trim().TrimStart('#').Trim(), i);
    }

    public int Find(params string[] names)
    {
        foreach (var n in names) if (_byName.TryGetValue(n, out int i)) return i;
        return -1;
    }

    public bool Has(string name) => _byName.ContainsKey(name);
}
