using System.Text;
using Picket.Screening.Lists.OpenSanctions;
using Picket.Screening.Matching;
using Picket.Screening.Model;
using Picket.Screening.Names;

namespace Picket.Screening.Tests.Matching;

/// <summary>
/// Issue 18, items 1, 2 and 4: list files and queries built to exhaust memory or CPU through the name index. Each
/// limit is hit, counted, and the work stays bounded; allocation is measured on the calling thread, so the bounds
/// hold whatever else the machine is doing.
/// </summary>
public sealed class HostileListLimitTests
{
    const long MaxBytes = 64L << 20;

    static string RandomLetters(int n, int seed)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder(n);
        for (var i = 0; i < n; i++)
        {
            sb.Append((char)('a' + rng.Next(26)));
        }

        return sb.ToString();
    }

    [Fact]
    public void A_41_KB_list_file_with_one_long_token_indexes_in_bounded_memory()
    {
        // Before: every one-letter deletion of the 40,960-letter token was indexed (≈ 6.2 GB for `lists load`).
        var json = "{\"id\":\"x-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + RandomLetters(40_960, 1) + "\"]}}\n";
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = FtmJsonLinesParser.Load(new StringReader(json), "hostile.ftm.json");
        var index = new ScreeningIndex(result.Entities);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Single(result.Entities);
        Assert.True(allocated < MaxBytes, $"{allocated:N0} bytes allocated to index one 41 KB list file");
        Assert.True(index.PostingKeyCount < 500, $"{index.PostingKeyCount} index keys for one name");
        Assert.Equal(1, index.LimitCounts.NamesCut);
        Assert.Equal(1, index.LimitCounts.TokensCut);
        Assert.True(index.LimitCounts.Any);
        Assert.Equal(index.LimitCounts, IndexLimitCounts.Measure(result.Entities));
    }

    [Fact]
    public void A_256_KB_name_token_is_screened_in_bounded_work()
    {
        // Before: quadratic work per token (≈ 110 s of CPU for one 256 KB token).
        var token = RandomLetters(256 * 1024, 2);
        var screener = new Screener([Entity("KIM JONG UN"), Entity(token[..5000])]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var results = screener.Screen(new ScreeningQuery(Name: token));
        var pair = NameScorer.Default.Compare(token, token[..70_000]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < MaxBytes, $"{allocated:N0} bytes allocated to screen one 256 KB token");
        Assert.All(results, r => Assert.InRange(r.Score, 0, 1));
        Assert.InRange(pair.Score, 0, 1);
        Assert.Equal(NameCuts.TokenCut, PreparedName.Prepare(token).Cuts);
        Assert.Equal(NameLimits.Default.MaxTokenLength, PreparedName.Prepare(token).Tokens[0].Length);
    }

    [Fact]
    public void A_name_with_thousands_of_tokens_keeps_the_first_ones_and_says_so()
    {
        var name = string.Join(' ', Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var prepared = PreparedName.Prepare(name);

        Assert.True(prepared.Tokens.Length <= NameLimits.Default.MaxTokensPerName);
        Assert.True((prepared.Cuts & NameCuts.TokensDropped) != 0);
        Assert.Equal(0.0, NameScorer.Default.Compare(name, "KIM JONG UN").Score);
    }

    [Fact]
    public void An_entity_with_200000_aliases_keeps_the_limit_and_counts_the_rest()
    {
        // Before: Build compared every alias with every kept one (200,000² string comparisons), and every later
        // `picket screen` paid it again (≈ 113 s each).
        var sb = new StringBuilder("{\"id\":\"x-2\",\"schema\":\"Company\",\"properties\":{\"name\":[\"BIG ALIAS CO\"],\"alias\":[");
        for (var i = 0; i < 200_000; i++)
        {
            sb.Append(i == 0 ? "" : ",").Append("\"A").Append(i).Append(' ').Append(RandomLetters(6, i)).Append('"');
        }

        sb.Append("]}}\n");
        var result = FtmJsonLinesParser.Load(new StringReader(sb.ToString()), "aliases.ftm.json");
        var screener = new Screener(result.Entities);
        var entity = Assert.Single(result.Entities);

        Assert.Equal(NameLimits.Default.MaxNamesPerEntity, entity.Names.Count);
        Assert.Equal(200_001 - NameLimits.Default.MaxNamesPerEntity, entity.NamesDropped);
        Assert.Equal("BIG ALIAS CO", entity.Names[0].Value);
        Assert.Equal(entity.NamesDropped, screener.Index.LimitCounts.NamesDropped);
        Assert.Equal(screener.Index.LimitCounts, IndexLimitCounts.Measure(result.Entities));
        Assert.Equal("x-2", Assert.Single(screener.Screen(new ScreeningQuery(Name: "BIG ALIAS COMPANY"))).Entity.SourceId);
    }

    [Fact]
    public void Duplicate_aliases_are_removed_in_one_pass_keeping_the_strongest_kind()
    {
        var b = new EntityBuilder(ListSource.OpenSanctions, "t", "1");
        b.AddName("Kim Yong Chol", NameKind.Alias).AddName("KIM YONG CHOL", NameKind.Primary).AddName("kim yong chol", NameKind.Former);
        var e = b.Build();

        Assert.Equal(NameKind.Primary, Assert.Single(e.Names).Kind);
        Assert.Equal(0, e.NamesDropped);
    }

    static SanctionedEntity Entity(string name) =>
        new EntityBuilder(ListSource.OpenSanctions, "t", name.Length > 20 ? "long" : name).AddName(name, NameKind.Primary).Build();
}
