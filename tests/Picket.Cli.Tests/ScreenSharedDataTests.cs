namespace Picket.Cli.Tests;

/// <summary>
/// <c>picket screen</c> over the real UN consolidated list and OFAC SDN snapshot in <c>../shared/data/lists</c>
/// (loaded with <c>picket lists load</c> into a temporary store); skipped when that data is absent.
/// </summary>
public sealed class ScreenSharedDataTests(SharedListStore store) : IClassFixture<SharedListStore>
{
    string LoadShared()
    {
        if (store.Missing is not null)
        {
            Assert.Skip(store.Missing);
        }

        Assert.True(store.LoadExit == 0, store.LoadOutput);
        TestContext.Current.TestOutputHelper?.WriteLine(store.LoadOutput);
        return store.Dir;
    }

    [Fact]
    public void Kim_Jong_Un_spelling_variants_all_find_the_OFAC_entry_first()
    {
        var dir = LoadShared();
        var input = Path.Combine(dir, "kim.csv");
        string[] variants = ["Kim Jong Un", "KIM JONG-UN", "Kim Chong-un", "Gim Jeong-eun", "Kim Jongun", "Jong Un Kim", "김정은"];
        File.WriteAllLines(input, ["name,schema", .. variants.Select(v => $"{v},person")]);

        var (exit, stdout, stderr) = CliRunner.Run("screen", "--csv", input, "--lists", dir);
        TestContext.Current.TestOutputHelper?.WriteLine(stdout + stderr);

        Assert.Equal(0, exit);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(variants.Length, rows.Length);
        foreach (var row in rows)
        {
            Assert.Contains(",ofac-20157,Person,\"KIM, Jong Un\",", row, StringComparison.Ordinal);
        }

        Assert.Contains($"rows: {variants.Length}, with a match at or above 0.70: {variants.Length}", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_OFAC_vessel_is_found_by_IMO_and_a_wrong_hull_number_does_not_take_its_place()
    {
        var dir = LoadShared();
        // OFAC SDN 17069 CHONG CHON GANG has "Vessel Registration Identification IMO 7937317" in its remarks;
        // 17087 HWANG GUM SAN 2 is listed, "HWANG GUM SAN 3" is another hull and must not match it.
        var input = Path.Combine(dir, "vessels.csv");
        File.WriteAllLines(input, ["name,schema,imo", ",vessel,7937317", "HWANG GUM SAN 3,vessel,", "HWANG GUM SAN 2,vessel,"]);
        var (exit, stdout, stderr) = CliRunner.Run("screen", "--csv", input, "--all", "--lists", dir);
        TestContext.Current.TestOutputHelper?.WriteLine(stdout + stderr);

        Assert.Equal(0, exit);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];
        var byImo = rows.Where(r => r.StartsWith("1,", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("1,,Vessel,7937317,,1,1.000,ofac,ofac-17069,Vessel,CHONG CHON GANG,,IMO 7937317 matches exactly", Assert.Single(byImo), StringComparison.Ordinal);
        Assert.DoesNotContain(rows.Where(r => r.StartsWith("2,", StringComparison.Ordinal)), r => r.Contains("ofac-17087", StringComparison.Ordinal));
        Assert.StartsWith("3,HWANG GUM SAN 2,Vessel,,,1,1.000,ofac,ofac-17087,", rows.First(r => r.StartsWith("3,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}

/// <summary>The shared UN and OFAC lists loaded once per test class into a temporary store; <see cref="Missing"/> says why not.</summary>
public sealed class SharedListStore : IDisposable
{
    public SharedListStore()
    {
        if (SharedData.FindLists(out var missing) is not { } lists)
        {
            Missing = missing;
            return;
        }

        var (exit, stdout, stderr) = CliRunner.Run("lists", "load", Path.Combine(lists, "un"), Path.Combine(lists, "ofac"), "--dir", Dir);
        LoadExit = exit;
        LoadOutput = stdout + stderr;
    }

    public string Dir { get; } = ListsFixtures.NewTempDir();

    public string? Missing { get; }

    public int LoadExit { get; }

    public string LoadOutput { get; } = "";

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
