using System.Globalization;
using System.Text;
using System.Text.Json;
using Picket.Core.Vessels;

namespace Picket.Analysis.Alerts;

/// <summary>
/// A watchlist kept in a file and read again when it changes (<see cref="ReloadIfChanged"/>): CSV with a header naming
/// any of <c>imo, mmsi, name, note</c> (RFC 4180 quoting), or JSON — an array of objects with those keys, chosen by a
/// leading '['. The file is the user's and untrusted: a row with no valid IMO (check digit, IMO Resolution
/// A.1117(30)), MMSI or name is skipped and counted with its reason; the file is read up to
/// <see cref="MaxBytes"/> and <see cref="MaxEntries"/>, never thrown on.
/// </summary>
public sealed class WatchlistFile(string path)
{
    /// <summary>A watchlist larger than this is read only up to it (16 MiB: about 200,000 rows).</summary>
    public const int MaxBytes = 16 << 20;

    /// <summary>Entries kept at most.</summary>
    public const int MaxEntries = 200_000;

    private static readonly string[] Columns = ["imo", "mmsi", "name", "note"];
    private readonly Dictionary<string, long> _problems = [];
    private DateTime _stamp = DateTime.MinValue;
    private long _length = -1;

    /// <summary>The file's path.</summary>
    public string Path { get; } = path ?? throw new ArgumentNullException(nameof(path));

    /// <summary>The list as last read (empty before the first read or when the file is missing).</summary>
    public Watchlist Current { get; private set; } = Watchlist.Empty;

    /// <summary>Rows skipped at the last read, with their reasons.</summary>
    public IReadOnlyDictionary<string, long> Problems => _problems;

    /// <summary>Times the file was read.</summary>
    public int Loads { get; private set; }

    /// <summary>Reads the file when its time stamp or length changed since the last read; true when <see cref="Current"/> was replaced.</summary>
    public bool ReloadIfChanged()
    {
        var info = new FileInfo(Path);
        if (!info.Exists)
        {
            var changed = _length != -1;
            (_length, _stamp, Current) = (-1, DateTime.MinValue, Watchlist.Empty);
            return changed;
        }
        if (info.LastWriteTimeUtc == _stamp && info.Length == _length)
            return false;
        (_stamp, _length) = (info.LastWriteTimeUtc, info.Length);
        byte[] bytes;
        try
        {
            using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            bytes = new byte[Math.Min(stream.Length, MaxBytes)];
            stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        }
        catch (IOException e)
        {
            Count("unreadable: " + e.GetType().Name);
            return false;
        }
        _problems.Clear();
        Current = new Watchlist(Parse(Encoding.UTF8.GetString(bytes)));
        Loads++;
        return true;
    }

    /// <summary>The entries of a watchlist text (CSV or JSON), counting the rows skipped into <see cref="Problems"/>.</summary>
    public List<WatchlistEntry> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return trimmed.Length > 0 && trimmed[0] == '[' ? ParseJson(trimmed.ToString()) : ParseCsv(text);
    }

    private List<WatchlistEntry> ParseJson(string text)
    {
        var entries = new List<WatchlistEntry>();
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 8, AllowTrailingCommas = true });
            foreach (var row in doc.RootElement.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Object)
                {
                    Count("not an object");
                    continue;
                }
                Add(entries, Field(row, "imo"), Field(row, "mmsi"), Field(row, "name"), Field(row, "note"));
            }
        }
        catch (JsonException)
        {
            Count("not JSON");
        }
        return entries;
    }

    private static string? Field(JsonElement row, string key) => row.TryGetProperty(key, out var v) ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        _ => null,
    } : null;

    private List<WatchlistEntry> ParseCsv(string text)
    {
        var entries = new List<WatchlistEntry>();
        int[]? columns = null; // imo, mmsi, name, note
        foreach (var row in CsvRows.Read(text))
        {
            if (row.Count == 1 && string.IsNullOrWhiteSpace(row[0]))
                continue;
            if (columns is null)
            {
                columns = [.. Columns.Select(h => row.FindIndex(c => c.Trim().Equals(h, StringComparison.OrdinalIgnoreCase)))];
                if (columns.All(c => c < 0))
                {
                    Count("no header naming imo, mmsi, name or note");
                    return entries;
                }
                continue;
            }
            string? Cell(int i) => columns[i] >= 0 && columns[i] < row.Count ? row[columns[i]] : null;
            Add(entries, Cell(0), Cell(1), Cell(2), Cell(3));
        }
        return entries;
    }

    private void Add(List<WatchlistEntry> entries, string? imoText, string? mmsiText, string? name, string? note)
    {
        if (entries.Count >= MaxEntries)
        {
            Count($"over {MaxEntries} entries");
            return;
        }
        int? imo = null;
        uint? mmsi = null;
        if (!string.IsNullOrWhiteSpace(imoText))
        {
            var digits = imoText.Trim();
            if (digits.StartsWith("IMO", StringComparison.OrdinalIgnoreCase))
                digits = digits[3..].Trim();
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && ImoNumber.HasValidCheckDigit(i))
                imo = i;
            else
                Count("invalid IMO");
        }
        if (!string.IsNullOrWhiteSpace(mmsiText))
        {
            if (Mmsi.TryParse(mmsiText.Trim(), out var m) && m.Value != 0)
                mmsi = m.Value;
            else
                Count("invalid MMSI");
        }
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (imo is null && mmsi is null && name is null)
        {
            Count("no valid IMO, MMSI or name");
            return;
        }
        entries.Add(new WatchlistEntry(imo, mmsi, name, string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
    }

    private void Count(string reason) => _problems[reason] = _problems.GetValueOrDefault(reason) + 1;
}
