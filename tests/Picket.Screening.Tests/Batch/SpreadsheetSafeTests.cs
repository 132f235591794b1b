using Picket.Screening.Batch;

namespace Picket.Screening.Tests.Batch;

/// <summary>CSV cells a spreadsheet would run as formulas get an apostrophe (OWASP CSV injection guidance); data is left alone.</summary>
public sealed class SpreadsheetSafeTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x.test\",\"open\")", "'=HYPERLINK(\"http://x.test\",\"open\")")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("\rCR", "'\rCR")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+7", "+7")]
    [InlineData("KIM JONG UN", "KIM JONG UN")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_formula_prefix_gets_an_apostrophe_and_data_is_left_alone(string? cell, string expected) =>
        Assert.Equal(expected, SpreadsheetSafe.Cell(cell));
}
