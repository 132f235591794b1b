namespace Picket.Screening.Tests.Companies;

/// <summary>
/// Company names as registries and people write them, against the real OFAC list: the companies designated in August
/// 2018 for DPRK oil transfers and port services (Treasury press release sm454, 2018-08-21, and sm460) must be found
/// under their legal-form and abbreviation variants; firms with near names must not.
/// </summary>
public class CompanyMatcherTests
{
    [Theory]
    [InlineData("Profinet Pte Ltd", "ofac-24516")]
    [InlineData("PROFINET PTE. LTD.", "ofac-24516")]
    [InlineData("Gudzon Shipping Company LLC", "ofac-24451")]
    [InlineData("OOO Gudzon Shipping", "ofac-24451")]
    [InlineData("Dalian Sun Moon Star Int'l Logistics Trading Co., Ltd.", "ofac-24566")]
    [InlineData("Dalian Sun Moon Star International Logistics Trading Company Limited", "ofac-24566")]
    [InlineData("SINSMS Pte Ltd", "ofac-24567")]
    [InlineData("Primorye Maritime Logistics Co., Ltd", "ofac-24450")]
    public void A_designated_company_as_written_answers_to_its_entry(string written, string entry)
    {
        var matches = OfacCompanies.MatcherOrSkip().Match(written);
        Assert.NotEmpty(matches);
        Assert.Equal(entry, matches[0].EntryId);
    }

    [Theory]
    [InlineData("Profinet Shipping Pte Ltd")]
    [InlineData("Profit Net Pte Ltd")]
    [InlineData("Gudzon Trading LLC")]
    [InlineData("Dalian Sun Star Shipping Co Ltd")]
    [InlineData("Dalian Moon Star Logistics Co Ltd")]
    [InlineData("Primorye Shipping Co Ltd")]
    [InlineData("Sun Moon Star Logistics")]
    [InlineData("Korea Ocean Shipping")]
    public void A_firm_with_a_near_name_is_not_the_designated_one(string decoy)
    {
        Assert.Empty(OfacCompanies.MatcherOrSkip().Match(decoy));
    }
}
