using Picket.Screening.Lists;
using Picket.Screening.Matching;
using Picket.Screening.Model;

namespace Picket.Screening.Tests.Matching;

public sealed class MatcherUnitTests
{
    [Theory]
    // Winkler (1990) / Wikipedia worked examples.
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    [InlineData("ABC", "ABC", 1.0)]
    [InlineData("ABC", "XYZ", 0.0)]
    public void Jaro_winkler_reference_values(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    [Theory]
    [InlineData("vladimir", "vladimr", 1)]
    [InlineData("putin", "putni", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abc", "abc", 0)]
    public void Osa_distance(string a, string b, int expected) =>
        Assert.Equal(Math.Min(expected, 3), EditDistance.Osa(a, b, 2) > 2 ? 3 : EditDistance.Osa(a, b, 2));

    [Theory]
    [InlineData("7937317", true, false)] // CHONG CHON GANG (ship)
    [InlineData("9187629", true, false)] // ARTAVIL (ship)
    [InlineData("5342883", false, true)] // Chongchongang Shipping (company)
    [InlineData("7937318", false, false)]
    [InlineData("793731", false, false)]
    public void Imo_check_digits(string digits, bool ship, bool company)
    {
        Assert.Equal(ship, ImoNumbers.IsValidShip(digits));
        Assert.Equal(company, ImoNumbers.IsValidCompany(digits));
    }

    [Theory]
    // Pairs the benchmark's invented names once matched through folded keys or loose Jaro–Winkler.
    [InlineData("Maria Sharma", "MAALIM SALMAN")]
    [InlineData("Arjun Kaya", "Aroun Gaye")]
    [InlineData("Sara Tran", "SAQR, Rana")]
    [InlineData("Maria Ferreira", "MARIA OFELIA")]
    public void Names_that_merely_share_letters_stay_below_the_threshold(string a, string b) =>
        Assert.True(NameScorer.Default.Compare(a, b).Score < 0.7, NameScorer.Default.Compare(a, b).ToString());

    [Theory]
    [InlineData("IMO 9187629", "9187629")]
    [InlineData("imo9187629", "9187629")]
    [InlineData("IMO: 9187629", "9187629")]
    [InlineData(" 9187629 ", "9187629")]
    public void Imo_normalisation(string text, string digits)
    {
        Assert.True(ImoNumbers.TryNormalize(text, out var d));
        Assert.Equal(digits, d);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ,,, ---")]
    [InlineData("\u0000\u0001")]
    public void Garbage_queries_return_nothing_and_do_not_throw(string name)
    {
        var screener = new Screener([Vessel("1", "ZU ZAG BONG 6", "8660313")]);

        Assert.Empty(screener.Screen(new ScreeningQuery(Name: name, Imo: "not an imo", Mmsi: "12", CallSign: "")));
    }

    [Fact]
    public void Very_long_names_are_bounded()
    {
        var screener = new Screener([Vessel("1", "ZU ZAG BONG 6", "8660313")]);
        var longName = string.Join(' ', Enumerable.Repeat("ZU ZAG BONG", 2000)) + " " + new string('X', 100_000);

        var results = screener.Screen(new ScreeningQuery(Name: longName));

        Assert.True(results.Count <= 1);
    }

    [Fact]
    public void Candidates_come_from_the_index_not_a_scan()
    {
        var entities = Enumerable.Range(0, 2000).Select(i => Vessel(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"VESSEL NUMBER {i}", null)).ToList();
        entities.Add(Vessel("x", "CHONG CHON GANG", "7937317"));
        var screener = new Screener(entities);

        var before = screener.CandidateCounts;
        var results = screener.Screen(new ScreeningQuery(Name: "Chong Chon Kang"));
        var after = screener.CandidateCounts;

        Assert.Equal("test-x", Assert.Single(results).Entity.Id);
        Assert.True(after.Touched - before.Touched < 10, $"{after.Touched - before.Touched} names touched of 2001");
    }

    [Fact]
    public void Results_are_ranked_and_explained()
    {
        var screener = new Screener([Vessel("a", "CHONG CHON GANG", "7937317"), Vessel("b", "CHONGCHON KANG", null), Vessel("c", "KANG CHON", null)]);

        var results = screener.Screen(new ScreeningQuery(Name: "Chong Chon Gang", Schema: EntitySchema.Vessel), 0.5, 10);

        Assert.Equal(["test-a", "test-b"], results.Take(2).Select(r => r.Entity.Id));
        Assert.True(results.Zip(results.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.All(results, r => Assert.InRange(r.Score, 0, 1));
        Assert.All(results, r => Assert.NotEmpty(r.Explanation));
        Assert.Contains("identical", results[0].Explanation[0]);
    }

    [Fact]
    public void Schema_filters_candidates()
    {
        var person = new EntityBuilder(ListSource.OfacSdn, "test", "p").AddName("CHONG CHON GANG", NameKind.Primary);
        person.Schema = EntitySchema.Person;
        var screener = new Screener([Vessel("v", "CHONG CHON GANG", null), person.Build()]);

        Assert.Equal("test-v", Assert.Single(screener.Screen(new ScreeningQuery(Name: "CHONG CHON GANG", Schema: EntitySchema.Vessel))).Entity.Id);
        Assert.Equal("test-p", Assert.Single(screener.Screen(new ScreeningQuery(Name: "CHONG CHON GANG", Schema: EntitySchema.Person))).Entity.Id);
        Assert.Equal(2, screener.Screen(new ScreeningQuery(Name: "CHONG CHON GANG")).Count);
    }

    [Fact]
    public void Owner_links_resolve_to_loaded_entities()
    {
        var lists = SanctionsLists.FromResults([LoadedLists.OfacOrSkip()]);

        // ARTAVIL: "Linked To: NATIONAL IRANIAN TANKER COMPANY." — itself an SDN entry.
        var artavil = lists.Entities.Single(e => e.Id == "ofac-15036");
        var owner = Assert.Single(artavil.Owners);
        Assert.NotNull(owner.TargetId);
        Assert.Equal("NATIONAL IRANIAN TANKER COMPANY", lists.Entities.Single(e => e.Id == owner.TargetId).Caption);
        Report.Line($"owner links resolved: {lists.Entities.Sum(e => e.Owners.Count(o => o.TargetId is not null))} of {lists.Entities.Sum(e => e.Owners.Count)}");
    }

    static SanctionedEntity Vessel(string id, string name, string? imo)
    {
        var b = new EntityBuilder(ListSource.OfacSdn, "test", id) { Schema = EntitySchema.Vessel };
        b.AddName(name, NameKind.Primary);
        if (imo is not null)
        {
            b.AddIdentifier(IdentifierKind.ImoShip, imo);
        }

        return b.Build();
    }
}
