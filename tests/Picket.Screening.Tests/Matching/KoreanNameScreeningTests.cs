using Picket.Screening.Matching;
using Picket.Screening.Model;

namespace Picket.Screening.Tests.Matching;

public sealed class KoreanNameScreeningTests
{
    // OFAC 20157 "KIM, Jong Un" (DPRK3). He is not on the UN consolidated list: `grep -ci 'jong un' consolidated.xml` → 0.
    [Theory]
    [InlineData("KIM JONG UN")]
    [InlineData("Kim Jong-un")]
    [InlineData("Jong Un Kim")]
    [InlineData("Kim Jongun")]
    [InlineData("Kim Chong-un")]
    [InlineData("Kim Jŏng-ŭn")]
    [InlineData("Gim Jeong-eun")]
    [InlineData("Kim Jong Eun")]
    [InlineData("KIM JOMG UN")]
    [InlineData("김정은")]
    [InlineData("金正恩")]
    public void Kim_jong_un_in_any_spelling_finds_the_ofac_entry_first(string query)
    {
        var screener = LoadedLists.ScreenerOrSkip();

        var results = screener.Screen(new ScreeningQuery(Name: query, Schema: EntitySchema.Person));

        Assert.NotEmpty(results);
        Assert.Equal("ofac-20157", results[0].Entity.Id);
        Assert.True(results[0].Score >= 0.9, results[0].ToString());
        Report.Line($"{query}: {results[0]}");
    }

    [Fact]
    public void Kim_jong_un_has_no_namesake_on_the_un_list()
    {
        var screener = LoadedLists.ScreenerOrSkip();

        var results = screener.Screen(new ScreeningQuery(Name: "KIM JONG UN"), 0.7, 20);

        Assert.DoesNotContain(results, r => r.Entity.Source == ListSource.UnConsolidated && r.Score >= 0.9);
    }

    // UN KPi.036 "KIM SOK CHOL" (also on OFAC); KPi.009 "KIM KWANG-IL"; KPi.023 "KIM TONG MY’ONG".
    [Theory]
    [InlineData("Kim Seok-cheol", "un-KPi.036")]
    [InlineData("김석철", "un-KPi.036")]
    [InlineData("KIM Sŏk-ch'ŏl", "un-KPi.036")]
    [InlineData("Gim Gwang-il", "un-KPi.009")]
    [InlineData("Kim Kwang Il", "un-KPi.009")]
    [InlineData("Kim Dong-myeong", "un-KPi.023")]
    [InlineData("김동명", "un-KPi.023")]
    public void Un_dprk_names_are_found_in_other_romanisations_and_hangul(string query, string id)
    {
        var screener = LoadedLists.ScreenerOrSkip();

        var results = screener.Screen(new ScreeningQuery(Name: query, Schema: EntitySchema.Person));

        var hit = results.FirstOrDefault(r => r.Entity.Id == id);
        Assert.True(hit is not null, $"{id} not in [{string.Join(" | ", results)}]");
        Assert.Equal(results[0].Score, hit.Score);
        Report.Line($"{query}: {hit}");
    }

    [Fact]
    public void A_bare_surname_matches_no_one()
    {
        var screener = LoadedLists.ScreenerOrSkip();

        Assert.Empty(screener.Screen(new ScreeningQuery(Name: "KIM")));
    }
}
