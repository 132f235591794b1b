using System.Text.RegularExpressions;
using Picket.Screening.Model;

namespace Picket.Screening.Lists.Ofac;

/// <summary>
/// Pulls the structured facts OFAC's legacy CSV hides in the free-text Remarks column
/// (OFAC dat_spec; phrasing checked against the 2021 snapshot): "Vessel Registration Identification IMO 9187629",
/// "Company Number IMO 5055293", "MMSI 572469210", "Former Vessel Flag Malta; alt. Former Vessel Flag Tuvalu",
/// "Other Vessel Flag …", "Other Vessel Call Sign …", "f.k.a. 'ALPHA'", "a.k.a. 'BNC'", "Linked To: NAME.".
/// </summary>
internal static partial class OfacRemarks
{
    public static void Apply(EntityBuilder b, string remarks, string where, List<ParseIssue> issues)
    {
        foreach (Match m in ImoPattern().Matches(remarks))
        {
            AddImo(b, m.Groups["label"].Value, m.Groups["digits"].Value, where, issues);
        }

        foreach (Match m in MmsiPattern().Matches(remarks))
        {
            var digits = m.Groups[1].Value;
            if (digits.Length == 9)
            {
                b.AddIdentifier(IdentifierKind.Mmsi, digits);
            }
            else
            {
                issues.Add(new ParseIssue(IssueSeverity.Warning, where, $"MMSI '{digits}' is not 9 digits (ITU-R M.585); dropped"));
            }
        }

        foreach (Match m in FormerFlagPattern().Matches(remarks))
        {
            var country = m.Groups[1].Value.Trim();
            if (!country.Equals("None Identified", StringComparison.OrdinalIgnoreCase))
            {
                b.AddFlag(country, isFormer: true);
            }
        }

        foreach (Match m in OtherFlagPattern().Matches(remarks))
        {
            b.AddFlag(m.Groups[1].Value, isFormer: false);
        }

        foreach (Match m in OtherCallSignPattern().Matches(remarks))
        {
            b.AddIdentifier(IdentifierKind.CallSign, NormalizeCallSign(m.Groups[1].Value));
        }

        foreach (Match m in QuotedNamePattern().Matches(remarks))
        {
            var kind = m.Groups["kind"].Value.ToLowerInvariant() switch
            {
                "f.k.a." => NameKind.Former,
                _ => NameKind.Alias,
            };
            b.AddName(m.Groups["name"].Value, kind);
        }

        foreach (Match m in LinkedToPattern().Matches(remarks))
        {
            b.AddOwner(m.Groups[1].Value.TrimEnd('.'));
        }
    }

    static void AddImo(EntityBuilder b, string label, string digits, string where, List<ParseIssue> issues)
    {
        var isVesselLabel = label.StartsWith("Vessel", StringComparison.Ordinal);
        if (digits.Length != 7)
        {
            issues.Add(new ParseIssue(IssueSeverity.Warning, where, $"IMO '{digits}' is not 7 digits; dropped"));
        }
        else if (isVesselLabel ? ImoNumbers.IsValidShip(digits) : ImoNumbers.IsValidCompany(digits))
        {
            b.AddIdentifier(isVesselLabel ? IdentifierKind.ImoShip : IdentifierKind.ImoCompany, digits);
        }
        else if (ImoNumbers.IsValidShip(digits))
        {
            b.AddIdentifier(IdentifierKind.ImoShip, digits);
        }
        else if (ImoNumbers.IsValidCompany(digits))
        {
            b.AddIdentifier(IdentifierKind.ImoCompany, digits);
        }
        else
        {
            // Kept: a list typo is still what an analyst will be handed, and exact lookup stays useful.
            b.AddIdentifier(isVesselLabel ? IdentifierKind.ImoShip : IdentifierKind.ImoCompany, digits);
            issues.Add(new ParseIssue(IssueSeverity.Warning, where, $"IMO {digits} fails its check digit; kept as written"));
        }
    }

    public static string NormalizeCallSign(string s) =>
        string.Concat(s.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    [GeneratedRegex(@"(?<label>Vessel Registration Identification|Company Number|Identification Number) IMO (?<digits>\d+)")]
    private static partial Regex ImoPattern();

    [GeneratedRegex(@"\bMMSI (\d+)")]
    private static partial Regex MmsiPattern();

    [GeneratedRegex(@"Former Vessel Flag ([^;.]+)")]
    private static partial Regex FormerFlagPattern();

    [GeneratedRegex(@"Other Vessel Flag ([^;.]+)")]
    private static partial Regex OtherFlagPattern();

    [GeneratedRegex(@"Other Vessel Call Sign ([A-Za-z0-9 ]+)")]
    private static partial Regex OtherCallSignPattern();

    [GeneratedRegex(@"(?<kind>[afn]\.k\.a\.) '(?<name>[^']+)'")]
    private static partial Regex QuotedNamePattern();

    [GeneratedRegex(@"Linked To: ([^;]+)")]
    private static partial Regex LinkedToPattern();
}
