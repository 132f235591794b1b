namespace Picket.Cli.Tests;

/// <summary><c>picket lists load</c> stores files at hand after a full parse; <c>picket lists show</c> reports what is stored.</summary>
public sealed class ListsLoadShowTests : IDisposable
{
    readonly string _dir = ListsFixtures.NewTempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_files_and_folders_then_show_sources_dates_and_counts()
    {
        var (exit, stdout, stderr) = CliRunner.Run("lists", "load", ListsFixtures.Path("un_consolidated.xml"), ListsFixtures.Path("ofac"), "--dir", _dir);
        Assert.True(exit == 0, stderr);
        Assert.Contains("un: loaded, 3 entities", stdout, StringComparison.Ordinal);
        Assert.Contains("ofac: loaded, 4 entities", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir, "ofac", "sdn.csv")));
        Assert.True(File.Exists(Path.Combine(_dir, "ofac", "alt.csv")));

        (exit, stdout, _) = CliRunner.Run("lists", "show", "--dir", _dir);
        TestContext.Current.TestOutputHelper?.WriteLine(stdout);
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("list", lines[1], StringComparison.Ordinal);
        var ofac = lines.Single(l => l.StartsWith("ofac ", StringComparison.Ordinal));
        Assert.Contains("OfacSdn", ofac, StringComparison.Ordinal);
        Assert.Contains("loaded", ofac, StringComparison.Ordinal);
        Assert.Contains("Person 1, Vessel 2", ofac, StringComparison.Ordinal);
        Assert.Contains(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ofac, StringComparison.Ordinal);
        var un = lines.Single(l => l.StartsWith("un ", StringComparison.Ordinal));
        Assert.Matches(@"UnConsolidated\s+\S+ \S+\s+loaded\s+3\s+0\s+\d+", un);
    }

    [Fact]
    public void A_garbled_or_truncated_file_is_refused_and_the_stored_list_kept()
    {
        Assert.Equal(0, CliRunner.Run("lists", "load", ListsFixtures.Path("un_consolidated.xml"), "--dir", _dir).Exit);
        var before = ListsFixtures.Snapshot(Path.Combine(_dir, "un"));
        var bad = Path.Combine(ListsFixtures.NewTempDir(), "consolidated.xml");
        try
        {
            var text = File.ReadAllText(ListsFixtures.Path("un_consolidated.xml"));
            File.WriteAllText(bad, text[..(text.Length / 2)]);
            var (exit, _, stderr) = CliRunner.Run("lists", "load", bad, "--dir", _dir);
            Assert.Equal(4, exit);
            Assert.Contains("REFUSED, consolidated.xml does not parse", stderr, StringComparison.Ordinal);
            Assert.Equal(before, ListsFixtures.Snapshot(Path.Combine(_dir, "un")));

            File.WriteAllText(bad, "just some text\n");
            (exit, _, stderr) = CliRunner.Run("lists", "load", bad, "--dir", _dir);
            Assert.Equal(4, exit);
            Assert.Contains("not a recognised sanctions list file", stderr, StringComparison.Ordinal);
            Assert.Empty(ListsFixtures.HiddenWorkFolders(_dir));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(bad)!, recursive: true);
        }
    }

    [Fact]
    public void A_swap_cut_short_by_a_crash_is_finished_by_the_next_update_or_load()
    {
        Assert.Equal(0, CliRunner.Run("lists", "load", ListsFixtures.Path("un_consolidated.xml"), "--dir", _dir).Exit);
        // As if killed between the two renames of a swap: the list is aside, a staging folder is left over.
        Directory.Move(Path.Combine(_dir, "un"), Path.Combine(_dir, ".old-un-0123456789abcdef"));
        Directory.CreateDirectory(Path.Combine(_dir, ".staging-un-fedcba9876543210"));

        var (exit, _, stderr) = CliRunner.Run("lists", "load", ListsFixtures.Path("ofac"), "--dir", _dir);
        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(_dir, "un", "un_consolidated.xml")));
        Assert.Empty(ListsFixtures.HiddenWorkFolders(_dir));
        var (_, show, _) = CliRunner.Run("lists", "show", "--dir", _dir);
        Assert.Contains("UnConsolidated", show, StringComparison.Ordinal);
        Assert.Contains("OfacSdn", show, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_whole_skips_files_that_are_not_lists()
    {
        var folder = ListsFixtures.NewTempDir();
        try
        {
            File.Copy(ListsFixtures.Path("un_consolidated.xml"), Path.Combine(folder, "consolidated.xml"));
            File.WriteAllText(Path.Combine(folder, "LICENSE"), "licence text\n");
            var (exit, stdout, stderr) = CliRunner.Run("lists", "load", folder, "--dir", _dir);
            Assert.True(exit == 0, stderr);
            Assert.Contains("LICENSE: skipped, not a list file", stderr, StringComparison.Ordinal);
            Assert.Contains("1 of 1 lists loaded", stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Missing_file_is_an_input_error_and_empty_store_is_reported()
    {
        var (exit, _, stderr) = CliRunner.Run("lists", "load", "/nonexistent/consolidated.xml", "--dir", _dir);
        Assert.Equal(3, exit);
        Assert.Contains("cannot read /nonexistent/consolidated.xml", stderr, StringComparison.Ordinal);

        var (showExit, stdout, _) = CliRunner.Run("lists", "show", "--dir", _dir);
        Assert.Equal(0, showExit);
        Assert.Contains("no lists in", stdout, StringComparison.Ordinal);
    }
}
