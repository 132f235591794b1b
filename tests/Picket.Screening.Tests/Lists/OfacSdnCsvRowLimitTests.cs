using Picket.Screening.Lists;
using Picket.Screening.Lists.Ofac;

namespace Picket.Screening.Tests.Lists;

/// <summary>OFAC's CSV from a hostile mirror: an overlong record rejects the list with a reason instead of crashing <c>lists load</c>.</summary>
public sealed class OfacSdnCsvRowLimitTests
{
    const string Good = "17069,\"CHONG CHON GANG\",\"vessel\",\"DPRK\",-0- ,-0- ,\"General Cargo\",-0- ,-0- ,\"Democratic People's Republic of Korea\",-0- ,\"Vessel Registration Identification IMO 7937317.\"\r\n";

    [Fact]
    public void A_record_over_16_MiB_rejects_the_list_with_a_reason()
    {
        var huge = "99,\"" + new string('A', 17 * 1024 * 1024) + "\",\"vessel\",\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        var result = OfacSdnCsvParser.LoadText(Good + huge + Good);
        Report.Line(result.ToString());
        Assert.False(result.Succeeded);
        Assert.Empty(result.Entities);
        Assert.Equal(IssueSeverity.FileRejected, result.Issues[^1].Severity);
    }

    [Fact]
    public void An_unterminated_quote_at_the_end_rejects_the_list_with_a_reason()
    {
        var result = OfacSdnCsvParser.LoadText(Good + "99,\"KIM" + new string(' ', 100) + "\r\n" + Good);
        Report.Line(result.ToString());
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void The_record_bound_is_an_option()
    {
        Assert.True(OfacSdnCsvParser.LoadText(Good).Succeeded);
        var strict = OfacSdnCsvParser.LoadText(Good, limits: new ListReaderLimits { MaxCsvRowCharacters = 100 });
        Assert.False(strict.Succeeded);
        Assert.Contains("over the 100 character limit", strict.Issues[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_record_in_alt_csv_on_disk_rejects_the_directory()
    {
        var dir = Directory.CreateTempSubdirectory("picket-ofac-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "sdn.csv"), Good);
            File.WriteAllText(Path.Combine(dir, "alt.csv"), "17069,1,\"aka\",\"" + new string('B', 2 * 1024 * 1024) + "\",-0- \r\n");
            var result = OfacSdnCsvParser.LoadDirectory(dir);
            Report.Line(result.ToString());
            Assert.False(result.Succeeded);
            Assert.Contains("alt.csv", result.Issues[^1].Reason, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
