using System.Text.RegularExpressions;
using Picket.Screening.Matching;
using Picket.Screening.Model;

namespace Picket.Screening.Tests.Matching;

public sealed partial class VesselScreeningTests
{
    [Fact]
    public void Every_ofac_vessel_with_an_imo_is_found_by_imo_and_by_its_primary_and_former_names()
    {
        var screener = LoadedLists.ScreenerOrSkip();
        var vessels = RawOfacVessels();

        // Python csv over sdn.csv: 406 vessel rows, 399 with "Vessel Registration Identification IMO nnnnnnn".
        Assert.Equal(399, vessels.Count);
        var formerNames = vessels.Sum(v => v.FormerNames.Count);
        var missed = new List<string>();
        foreach (var v in vessels)
        {
            var id = "ofac-" + v.EntNum;
            var byImo = screener.Screen(new ScreeningQuery(Imo: "IMO " + v.Imo, Schema: EntitySchema.Vessel), 0.7, 50);
            if (!byImo.Any(r => r.Entity.Id == id && r.Score == 1.0))
            {
                missed.Add($"{id} by IMO {v.Imo}");
            }

            foreach (var name in v.FormerNames.Prepend(v.Name))
            {
                var byName = screener.Screen(new ScreeningQuery(Name: name, Schema: EntitySchema.Vessel), 0.7, 50);
                var hit = byName.FirstOrDefault(r => r.Entity.Id == id);
                if (hit is null || hit.Score < byName[0].Score)
                {
                    missed.Add($"{id} by name '{name}' (top: {(byName.Count > 0 ? byName[0] : "none")})");
                }
            }
        }

        Report.Line($"{vessels.Count} OFAC vessels with IMO, {formerNames} former names: {missed.Count} not found at top rank");
        Assert.Empty(missed);
    }

    [Fact]
    public void A_renamed_vessel_is_found_by_imo_under_any_name()
    {
        var screener = LoadedLists.ScreenerOrSkip();

        // 15036 ARTAVIL (f.k.a. ALPHA), IMO 9187629: a query under an unknown new name but the same IMO.
        var results = screener.Screen(new ScreeningQuery(Name: "SEA PRINCESS", Imo: "9187629", Schema: EntitySchema.Vessel));

        var top = Assert.Single(results);
        Assert.Equal("ofac-15036", top.Entity.Id);
        Assert.Equal(1.0, top.Score);
        Assert.Contains(top.Explanation, e => e.Contains("IMO 9187629 matches exactly (ship check digit valid)"));
    }

    [Fact]
    public void Mmsi_and_call_sign_match_exactly()
    {
        var screener = LoadedLists.ScreenerOrSkip();

        var byMmsi = screener.Screen(new ScreeningQuery(Mmsi: "572469210"));
        var byCallSign = screener.Screen(new ScreeningQuery(CallSign: "t2eu4"));

        Assert.Equal("ofac-15036", Assert.Single(byMmsi).Entity.Id);
        Assert.Equal(0.95, byMmsi[0].Score);
        Assert.Equal("ofac-15036", Assert.Single(byCallSign).Entity.Id);
    }

    [Fact]
    public void Hull_numbers_in_vessel_names_must_agree()
    {
        var scorer = NameScorer.Default;

        Assert.True(scorer.Compare("ZU ZAG BONG 6", "ZU ZAG BONG 5").Score < 0.6);
        Assert.Contains("numbers differ", scorer.Compare("ZU ZAG BONG 6", "ZU ZAG BONG 5").Explanation);
        Assert.Equal(1.0, scorer.Compare("ZU ZAG BONG 6", "zu zag bong 6").Score);
        Assert.True(scorer.Compare("M/V ZU ZAG BONG 6", "ZU ZAG BONG 6").Score > 0.9);
    }

    [Fact]
    public void A_different_imo_weakens_a_name_match()
    {
        var screener = LoadedLists.ScreenerOrSkip();

        // CHONG CHON GANG is IMO 7937317; the same name on another hull (valid check digit 9187629) is not it.
        var same = screener.Screen(new ScreeningQuery(Name: "CHONG CHON GANG", Schema: EntitySchema.Vessel), 0, 5);
        var other = screener.Screen(new ScreeningQuery(Name: "CHONG CHON GANG", Imo: "1234567", Schema: EntitySchema.Vessel), 0, 5);

        Assert.Equal(1.0, same[0].Score);
        var weakened = other.Single(r => r.Entity.Id == same[0].Entity.Id);
        Assert.True(weakened.Score < 0.71, weakened.ToString());
        Assert.Contains(weakened.Explanation, e => e.Contains("query IMO differs"));
    }

    [Fact]
    public void Generic_words_alone_do_not_match()
    {
        var screener = LoadedLists.ScreenerOrSkip();

        Assert.Empty(screener.Screen(new ScreeningQuery(Name: "SHIPPING CO LTD")));
        Assert.Empty(screener.Screen(new ScreeningQuery(Name: "OCEAN SHIPPING AND TRADING COMPANY LIMITED")));
        Assert.True(NameScorer.Default.Compare("SHIPPING CO LTD", "HWASONG SHIPPING CO LTD").Score < 0.5);
    }

    /// <summary>Vessels straight from the raw files with regular expressions, not through the parser under test.</summary>
    static List<RawVessel> RawOfacVessels()
    {
        var dir = SharedData.Require("lists/ofac");
        var fka = new Dictionary<string, List<string>>();
        foreach (var line in File.ReadLines(Path.Combine(dir, "alt.csv")))
        {
            var m = AltFka().Match(line);
            if (m.Success)
            {
                (fka.TryGetValue(m.Groups[1].Value, out var l) ? l : fka[m.Groups[1].Value] = []).Add(m.Groups[2].Value);
            }
        }

        var result = new List<RawVessel>();
        foreach (var line in File.ReadLines(Path.Combine(dir, "sdn.csv")))
        {
            var v = VesselRow().Match(line);
            var imo = ImoRemark().Match(line);
            if (!v.Success || !imo.Success)
            {
                continue;
            }

            var former = fka.GetValueOrDefault(v.Groups[1].Value, []);
            former.AddRange(FkaRemark().Matches(line).Select(m => m.Groups[1].Value));
            result.Add(new RawVessel(v.Groups[1].Value, v.Groups[2].Value, imo.Groups[1].Value, former.Distinct().ToList()));
        }

        return result;
    }

    sealed record RawVessel(string EntNum, string Name, string Imo, List<string> FormerNames);

    [GeneratedRegex("""^(\d+),"([^"]+)","vessel",""")]
    private static partial Regex VesselRow();

    [GeneratedRegex(@"Vessel Registration Identification IMO (\d{7})\b")]
    private static partial Regex ImoRemark();

    [GeneratedRegex("""f\.k\.a\. '([^']+)'""")]
    private static partial Regex FkaRemark();

    [GeneratedRegex("""^(\d+),\d+,"fka","([^"]+)",""")]
    private static partial Regex AltFka();
}
