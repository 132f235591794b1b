using nietras.SeparatedValues;
using Picket.Screening.Model;

namespace Picket.Screening.Lists.Ofac;

/// <summary>
/// Reads OFAC's legacy CSV export (OFAC dat_spec): <c>sdn.csv</c> (12 columns: ent_num, SDN_Name, SDN_Type,
/// Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks), <c>alt.csv</c>
/// (ent_num, alt_num, alt_type aka/fka/nka, alt_name, alt_remarks) and <c>sdn_comments.csv</c>
/// (ent_num, the rest of a Remarks text cut at the column limit). No header; "-0-" means empty.
/// <c>add.csv</c> (addresses) is not part of the model.
/// </summary>
public static class OfacSdnCsvParser
{
    /// <summary>Prefix of the entity ids read from the OFAC files (<c>ofac-</c> and the list's own id).</summary>
    public const string IdPrefix = "ofac";
    const int SdnColumns = 12;

    /// <summary>Reads the files of <paramref name="directory"/>; <c>sdn.csv</c> is required, the others optional.</summary>
    public static ListLoadResult LoadDirectory(string directory, ListReaderLimits? limits = null)
    {
        var maxRow = (limits ?? ListReaderLimits.Default).MaxCsvRowCharacters;
        var issues = new List<ParseIssue>();
        var sdn = Path.Combine(directory, "sdn.csv");
        if (!File.Exists(sdn))
        {
            return ListLoadResult.Rejected(ListSource.OfacSdn, directory, issues, "sdn.csv not found");
        }

        try
        {
            string? rejected = null;
            var comments = ReadComments(Path.Combine(directory, "sdn_comments.csv"), maxRow, issues, ref rejected);
            var aliases = rejected is null ? ReadAliases(Path.Combine(directory, "alt.csv"), maxRow, issues, ref rejected) : [];
            using var reader = OpenCsv(sdn);
            var entities = rejected is null ? ReadSdn(reader, sdn, maxRow, comments, aliases, issues, ref rejected) : [];
            return rejected is null
                ? ListLoadResult.Loaded(ListSource.OfacSdn, directory, entities, issues)
                : ListLoadResult.Rejected(ListSource.OfacSdn, directory, issues, rejected);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException || IsUnreadableCsv(ex))
        {
            // Sep reports unrecoverable structure by throwing; the list is then not trusted at all.
            return ListLoadResult.Rejected(ListSource.OfacSdn, directory, issues, UnreadableReason(ex, maxRow));
        }
    }

    /// <summary>Parses an sdn.csv given as text, with optional alt/comments text; for tests and in-memory sources.</summary>
    public static ListLoadResult LoadText(string sdnCsv, string? altCsv = null, string? commentsCsv = null, string name = "sdn.csv",
        ListReaderLimits? limits = null)
    {
        var maxRow = (limits ?? ListReaderLimits.Default).MaxCsvRowCharacters;
        var issues = new List<ParseIssue>();
        try
        {
            string? rejected = null;
            var comments = commentsCsv is null ? [] : ReadComments(SepReader(commentsCsv), "sdn_comments.csv", maxRow, issues, ref rejected);
            var aliases = altCsv is null || rejected is not null ? [] : ReadAliases(SepReader(altCsv), "alt.csv", maxRow, issues, ref rejected);
            using var reader = SepReader(sdnCsv);
            var entities = rejected is null ? ReadSdn(reader, name, maxRow, comments, aliases, issues, ref rejected) : [];
            return rejected is null
                ? ListLoadResult.Loaded(ListSource.OfacSdn, name, entities, issues)
                : ListLoadResult.Rejected(ListSource.OfacSdn, name, issues, rejected);
        }
        catch (Exception ex) when (IsUnreadableCsv(ex))
        {
            return ListLoadResult.Rejected(ListSource.OfacSdn, name, issues, UnreadableReason(ex, maxRow));
        }
    }

    /// <summary>
    /// What Sep throws on a structure it cannot read. NotSupportedException is its answer to a row past its own 16 Mi
    /// character buffer bound (an unterminated quote in a large file), which crashed <c>lists load</c> before.
    /// </summary>
    static bool IsUnreadableCsv(Exception ex) => ex is InvalidDataException or ArgumentException or NotSupportedException;

    static string UnreadableReason(Exception ex, int maxRow) => ex is NotSupportedException
        ? $"a record longer than 16 Mi characters, over the {maxRow} character limit (unclosed quote or corrupt file?)"
        : "cannot read: " + ex.Message;

    /// <summary>
    /// A record longer than the bound rejects the whole file: OFAC's records are at most a few thousand characters, so a
    /// longer one is corruption or a quote that swallowed other records, and a half-read list is never loaded.
    /// </summary>
    static string? TooLong(SepReader.Row row, string name, int maxRow) =>
        row.Span.Length > maxRow
            ? $"{name} line {row.LineNumberFrom}: a record of {row.Span.Length} characters, over the {maxRow} character limit (unclosed quote or corrupt file?)"
            : null;

    static SepReaderOptions Options => Sep.New(',').Reader(o => o with
    {
        HasHeader = false,
        Unescape = true,
        DisableColCountCheck = true,
    });

    static SepReader OpenCsv(string path) => Options.FromFile(path);

    static SepReader SepReader(string text) => Options.FromText(text);

    static List<SanctionedEntity> ReadSdn(SepReader reader, string name, int maxRow, Dictionary<string, string> comments,
        Dictionary<string, List<EntityName>> aliases, List<ParseIssue> issues, ref string? rejected)
    {
        var entities = new List<SanctionedEntity>();
        foreach (var row in reader)
        {
            if (TooLong(row, name, maxRow) is { } tooLong)
            {
                rejected = tooLong;
                return [];
            }

            var where = $"{name} line {row.LineNumberFrom}";
            if (IsEndOfFileMarker(row))
            {
                continue;
            }

            if (row.ColCount != SdnColumns)
            {
                if (SwallowReason(row, name) is { } why)
                {
                    rejected = why;
                    return [];
                }

                issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, $"{row.ColCount} columns, expected {SdnColumns}"));
                continue;
            }

            var ent = row[0].ToString().Trim();
            if (!int.TryParse(ent, out _))
            {
                issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, $"ent_num '{ent}' is not a number"));
                continue;
            }

            var b = new EntityBuilder(ListSource.OfacSdn, IdPrefix, ent);
            var sdnName = EntityBuilder.Clean(row[1].ToString());
            if (sdnName is null)
            {
                issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, $"entry {ent} has no SDN_Name"));
                continue;
            }

            b.AddName(sdnName, NameKind.Primary);
            var type = EntityBuilder.Clean(row[2].ToString());
            b.Schema = type switch
            {
                "individual" => EntitySchema.Person,
                "vessel" => EntitySchema.Vessel,
                "aircraft" => EntitySchema.Aircraft,
                _ => OrganisationSchema.Guess(sdnName),
            };
            foreach (var p in (EntityBuilder.Clean(row[3].ToString()) ?? "").Split("] [", StringSplitOptions.TrimEntries))
            {
                b.AddProgram(p.Trim('[', ']'));
            }

            var callSign = EntityBuilder.Clean(row[5].ToString());
            if (callSign is not null)
            {
                b.AddIdentifier(IdentifierKind.CallSign, OfacRemarks.NormalizeCallSign(callSign));
            }

            b.AddFlag(row[9].ToString(), isFormer: false);
            b.AddOwner(row[10].ToString());
            var remarks = EntityBuilder.Clean(row[11].ToString());
            if (comments.TryGetValue(ent, out var more))
            {
                // sdn_comments.csv continues a Remarks text cut mid-word, so the parts are joined without a separator.
                remarks = (remarks ?? "") + more;
            }

            if (remarks is not null)
            {
                b.Remarks = remarks;
                OfacRemarks.Apply(b, remarks, $"{where} (ent {ent})", issues);
            }

            if (aliases.TryGetValue(ent, out var alts))
            {
                foreach (var a in alts)
                {
                    b.AddName(a.Value, a.Kind);
                }
            }

            entities.Add(b.Build());
        }

        return entities;
    }

    static Dictionary<string, string> ReadComments(string path, int maxRow, List<ParseIssue> issues, ref string? rejected)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var reader = OpenCsv(path);
        return ReadComments(reader, path, maxRow, issues, ref rejected);
    }

    static Dictionary<string, string> ReadComments(SepReader reader, string name, int maxRow, List<ParseIssue> issues, ref string? rejected)
    {
        var result = new Dictionary<string, string>();
        foreach (var row in reader)
        {
            if (TooLong(row, name, maxRow) is { } tooLong)
            {
                rejected = tooLong;
                return [];
            }

            if (IsEndOfFileMarker(row))
            {
                continue;
            }

            if (row.ColCount != 2)
            {
                if (SwallowReason(row, name) is { } why)
                {
                    rejected = why;
                    return [];
                }

                issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, $"{name} line {row.LineNumberFrom}", $"{row.ColCount} columns, expected 2"));
                continue;
            }

            var ent = row[0].ToString().Trim();
            result[ent] = result.TryGetValue(ent, out var prev) ? prev + row[1].ToString() : row[1].ToString();
        }

        return result;
    }

    static Dictionary<string, List<EntityName>> ReadAliases(string path, int maxRow, List<ParseIssue> issues, ref string? rejected)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var reader = OpenCsv(path);
        return ReadAliases(reader, path, maxRow, issues, ref rejected);
    }

    static Dictionary<string, List<EntityName>> ReadAliases(SepReader reader, string name, int maxRow, List<ParseIssue> issues, ref string? rejected)
    {
        var result = new Dictionary<string, List<EntityName>>();
        foreach (var row in reader)
        {
            if (TooLong(row, name, maxRow) is { } tooLong)
            {
                rejected = tooLong;
                return [];
            }

            var where = $"{name} line {row.LineNumberFrom}";
            if (IsEndOfFileMarker(row))
            {
                continue;
            }

            if (row.ColCount != 5)
            {
                if (SwallowReason(row, name) is { } why)
                {
                    rejected = why;
                    return [];
                }

                issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, $"{row.ColCount} columns, expected 5"));
                continue;
            }

            var alias = EntityBuilder.Clean(row[3].ToString());
            if (alias is null)
            {
                issues.Add(new ParseIssue(IssueSeverity.RecordSkipped, where, "empty alt_name"));
                continue;
            }

            var kind = EntityBuilder.Clean(row[2].ToString())?.ToLowerInvariant() switch
            {
                "fka" => NameKind.Former,
                "aka" or "nka" => NameKind.Alias,
                // OFAC's "weak" a.k.a. category exists only in the XML exports; the CSV has none.
                _ => NameKind.Alias,
            };
            var ent = row[0].ToString().Trim();
            if (!result.TryGetValue(ent, out var list))
            {
                result[ent] = list = [];
            }

            list.Add(new EntityName(alias, kind));
        }

        return result;
    }

    /// <summary>
    /// A malformed record that runs over several lines is an unclosed quote that has swallowed the records after it;
    /// loading the rest would half-load the list, so the whole file is rejected with this reason.
    /// </summary>
    static string? SwallowReason(SepReader.Row row, string name)
    {
        var lines = row.LineNumberToExcl - row.LineNumberFrom;
        return lines > 1 ? $"{name} line {row.LineNumberFrom}: a malformed record runs over {lines} lines (unclosed quote?)" : null;
    }

    /// <summary>OFAC's files end with a DOS end-of-file character (0x1A) on a line of its own.</summary>
    static bool IsEndOfFileMarker(SepReader.Row row) =>
        row.ColCount == 1 && row[0].Span.Trim().Trim('\u001a').IsEmpty;
}
