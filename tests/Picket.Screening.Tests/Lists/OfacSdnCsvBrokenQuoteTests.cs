using Picket.Screening.Lists.Ofac;

namespace Picket.Screening.Tests.Lists;

public sealed class OfacSdnCsvBrokenQuoteTests
{
    [Fact]
    public void An_unclosed_quote_rejects_the_list_instead_of_swallowing_the_rest()
    {
        var rows = string.Join("\r\n", Enumerable.Range(1, 20).Select(i =>
            $"{i},\"SHIP {i}\",\"vessel\",\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "));
        var broken = rows.Replace("\"SHIP 5\"", "\"SHIP 5", StringComparison.Ordinal);

        var result = OfacSdnCsvParser.LoadText(broken);

        Report.Line(result.ToString() + " | " + string.Join(" | ", result.Issues));
        Assert.False(result.Succeeded);
        Assert.Empty(result.Entities);
    }
}
