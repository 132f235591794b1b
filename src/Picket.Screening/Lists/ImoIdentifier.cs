using Picket.Screening.Model;

namespace Picket.Screening.Lists;

/// <summary>Adds an IMO number read from a list field, deciding ship or company by its check digit.</summary>
internal static class ImoIdentifier
{
    /// <summary>
    /// Adds "IMO 9187629" / "IMO9187629" / "9187629" to <paramref name="b"/>. The scheme whose check digit holds wins,
    /// <paramref name="preferShip"/> breaking ties (some numbers pass both); a number passing neither is kept as
    /// written with a warning, since an analyst will be handed exactly that number.
    /// </summary>
    public static void Add(EntityBuilder b, string? text, bool preferShip, string where, List<ParseIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (!ImoNumbers.TryNormalize(text, out var digits))
        {
            issues.Add(new ParseIssue(IssueSeverity.Warning, where, $"'{text}' is not an IMO number (7 digits); dropped"));
            return;
        }

        var ship = ImoNumbers.IsValidShip(digits);
        var company = ImoNumbers.IsValidCompany(digits);
        var kind = ship && company ? (preferShip ? IdentifierKind.ImoShip : IdentifierKind.ImoCompany)
            : ship ? IdentifierKind.ImoShip
            : company ? IdentifierKind.ImoCompany
            : preferShip ? IdentifierKind.ImoShip : IdentifierKind.ImoCompany;
        if (!ship && !company)
        {
            issues.Add(new ParseIssue(IssueSeverity.Warning, where, $"IMO {digits} fails its check digit; kept as written"));
        }

        b.AddIdentifier(kind, digits);
    }
}
