using System.Globalization;
using nietras.SeparatedValues;
using Picket.Screening.Model;

namespace Picket.Screening.Companies;

/// <summary>
/// Reads a user's ship registry: a CSV with the header <c>imo,registered_owner,ship_manager,ism_manager,operator,from,to</c>
/// (columns in any order, names case-insensitive; only <c>imo</c> and one role column are required; <c>from</c>/<c>to</c>
/// are optional ISO 8601 dates). Every filled role column of a row becomes a <see cref="RegistryLink"/>. The file is
/// untrusted: a bad row is counted with its reason and skipped, names are cleaned of control and bidi characters
/// (OWASP: treat uploaded text as data), and sizes are bounded by <see cref="RegistryLimits"/>.
/// </summary>
public static class RegistryCsvReader
{
    static readonly string[] RoleColumns = ["registered_owner", "ship_manager", "ism_manager", "operator"];

    /// <summary>Reads the registry file at <paramref name="path"/>; a file that cannot be read is a rejected result, not an exception.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="limits">Bounds on rows and names; null for <see cref="RegistryLimits.Default"/>.</param>
    public static RegistryLoadResult Load(string path, RegistryLimits? limits = null)
    {
        try
        {
            using var reader = Options.FromFile(path);
            return Read(reader, path, limits ?? RegistryLimits.Default);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            return new RegistryLoadResult(path, [], 0, new Dictionary<string, int>(), [], "cannot read registry: " + ex.Message);
        }
    }

    /// <summary>Reads a registry given as text (tests, uploads).</summary>
    /// <param name="csv">The whole CSV, header first.</param>
    /// <param name="name">The name to report it under.</param>
    /// <param name="limits">Bounds on rows and names; null for <see cref="RegistryLimits.Default"/>.</param>
    public static RegistryLoadResult LoadText(string csv, string name = "registry.csv", RegistryLimits? limits = null)
    {
        try
        {
            using var reader = Options.FromText(csv);
            return Read(reader, name, limits ?? RegistryLimits.Default);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException or NotSupportedException)
        {
            return new RegistryLoadResult(name, [], 0, new Dictionary<string, int>(), [], "cannot read registry: " + ex.Message);
        }
    }

    static SepReaderOptions Options => Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true, Trim = SepTrim.All });

    static RegistryLoadResult Read(SepReader reader, string name, RegistryLimits limits)
    {
        var header = reader.Header.ColNames.Select(c => c.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        int imoCol = header.IndexOf("imo");
        var roles = RoleColumns.Select(r => (Role: Parse(r), Col: header.IndexOf(r))).Where(r => r.Col >= 0).ToList();
        if (imoCol < 0 || roles.Count == 0)
        {
            var reason = $"header must hold 'imo' and at least one of {string.Join(", ", RoleColumns)} (found: {string.Join(", ", header.Take(20))})";
            return new RegistryLoadResult(name, [], 0, new Dictionary<string, int>(), [], reason);
        }

        int fromCol = header.IndexOf("from"), toCol = header.IndexOf("to");
        var links = new List<RegistryLink>();
        var bad = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var messages = new List<string>();
        int rows = 0;
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (rows >= limits.MaxRows)
            {
                Count(bad, messages, limits, line, $"beyond the {limits.MaxRows} row limit");
                continue;
            }

            rows++;
            var why = ReadRow(row, line, imoCol, roles, fromCol, toCol, limits, links);
            if (why is not null)
            {
                Count(bad, messages, limits, line, why);
            }
        }

        return new RegistryLoadResult(name, links, rows, bad, messages, null);
    }

    /// <summary>Adds the row's links, or returns why the row is not used (and adds nothing).</summary>
    static string? ReadRow(SepReader.Row row, int line, int imoCol, List<(CompanyRole Role, int Col)> roles, int fromCol, int toCol,
        RegistryLimits limits, List<RegistryLink> links)
    {
        if (row.Span.Length > limits.MaxRowCharacters)
        {
            return $"row longer than {limits.MaxRowCharacters} characters";
        }

        if (row.LineNumberToExcl - row.LineNumberFrom > 1)
        {
            return "a quoted field runs over several lines";
        }

        var imoText = Cell(row, imoCol);
        if (imoText.Length == 0)
        {
            return "imo missing";
        }

        if (!ImoNumbers.TryNormalize(imoText, out var imo))
        {
            return "imo is not 7 digits";
        }

        if (!ImoNumbers.IsValidShip(imo))
        {
            return "imo fails the ship check digit (IMO Res. A.1117(30))";
        }

        if (!TryDate(Cell(row, fromCol), out var from) || !TryDate(Cell(row, toCol), out var to))
        {
            return "from/to is not a date (yyyy-mm-dd)";
        }

        if (from > to)
        {
            return "to before from";
        }

        int added = 0;
        foreach (var (role, col) in roles)
        {
            var company = CompanyText.Clean(Cell(row, col));
            if (company.Length > limits.MaxNameLength)
            {
                links.RemoveRange(links.Count - added, added);
                return $"company name longer than {limits.MaxNameLength} characters";
            }

            if (company.Length > 0)
            {
                links.Add(new RegistryLink(imo, role, company, from, to, line));
                added++;
            }
        }

        return added == 0 ? "no company in any role column" : null;
    }

    static string Cell(SepReader.Row row, int col) => col >= 0 && col < row.ColCount ? row[col].ToString() : "";

    static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        // A timestamp keeps its day: registries record changes by day.
        var day = text.Length > 10 && text[10] is 'T' or ' ' ? text[..10] : text;
        if (DateOnly.TryParseExact(day, ["yyyy-MM-dd", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        return false;
    }

    static void Count(SortedDictionary<string, int> bad, List<string> messages, RegistryLimits limits, int line, string reason)
    {
        bad[reason] = bad.GetValueOrDefault(reason) + 1;
        if (messages.Count < limits.MaxMessages)
        {
            messages.Add($"line {line}: {reason}");
        }
    }

    static CompanyRole Parse(string column) => CompanyRoles.TryParse(column, out var r) ? r : CompanyRole.ListedLink;
}
