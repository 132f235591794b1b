namespace Picket.Ais.Csv;

/// <summary>
/// Finds columns by header name, case-insensitively, trying each known spelling; -1 when absent. A name given twice
/// (two blank trailing columns, a pasted header) keeps its first column: duplicates are legal CSV, not an error.
/// </summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);

    public CsvColumns(IReadOnlyList<string> names)
    {
        Names = names;
        for (int i = 0; i < names.Count; i++)
            _byName.TryAdd(Clean(names[i]), i);
    }

    /// <summary>The header's names as written.</summary>
    public IReadOnlyList<string> Names { get; }

    public int Find(params string[] names)
    {
        foreach (string n in names) if (_byName.TryGetValue(n, out int i)) return i;
        return -1;
    }

    public bool Has(string name) => _byName.ContainsKey(name);

    /// <summary>DMA writes its header as a comment ("# Timestamp,…").</summary>
    private static string Clean(string name) => name.Trim().TrimStart('#').Trim();
}
