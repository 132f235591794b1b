using System.Globalization;
using System.Text;

namespace Picket.Screening.Companies;

/// <summary>
/// Cleans a company name from untrusted input: control characters, bidirectional overrides (the "Trojan Source" trick,
/// CVE-2021-42574) and zero-width characters removed, runs of white space made one space. What is left is only ever
/// shown escaped, never interpreted.
/// </summary>
public static class CompanyText
{
    /// <summary>The cleaned, trimmed name; empty when nothing printable was left.</summary>
    /// <param name="text">A company name from untrusted input.</param>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text)
        {
            var cat = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || cat == UnicodeCategory.Control)
            {
                space = sb.Length > 0;
                continue;
            }

            if (cat == UnicodeCategory.Format)
            {
                continue; // bidi overrides, zero-width joiners, BOMs
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
