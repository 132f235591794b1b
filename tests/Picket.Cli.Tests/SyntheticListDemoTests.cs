using Picket.Screening.Companies;
using Picket.Screening.Lists;
using Picket.Screening.Lists.OpenSanctions;
using Picket.Simulation;
using Picket.Simulation.Lists;

namespace Picket.Cli.Tests;

/// <summary>
/// The simulator's SYNTHETIC list and registry: marked synthetic, readable by Picket's own readers, the manager's name as
/// written found on the list and its near-name decoys not; and <c>picket demo</c> loads them, so its evaluation shows
/// list matches and company paths found, with no decoy flagged.
/// </summary>
public sealed class SyntheticListDemoTests
{
    [Fact]
    public void The_synthetic_list_and_registry_are_marked_and_read_cleanly_and_only_the_listed_manager_matches()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"picket-synthetic-{Guid.NewGuid():N}");
        try
        {
            var files = SyntheticSanctions.Write(new SimulationOptions { Vessels = 200, Hours = 24, Seed = 7 }, dir);
            Assert.Contains("SYNTHETIC", files.ListsDirectory, StringComparison.Ordinal);
            Assert.Contains("SYNTHETIC", Path.GetFileName(files.Registry), StringComparison.Ordinal);
            var list = FtmJsonLinesParser.Load(Path.Combine(files.ListsDirectory, SyntheticSanctions.ListFile));
            Assert.True(list.Succeeded);
            Assert.Empty(list.Issues);
            Assert.All(list.Entities, e => Assert.StartsWith("SYNTHETIC ", e.Caption, StringComparison.Ordinal));
            Assert.All(list.Entities, e => Assert.Contains("SYNTHETIC", e.Remarks, StringComparison.Ordinal));

            var registry = RegistryCsvReader.Load(files.Registry);
            Assert.True(registry.Succeeded);
            Assert.Equal(0, registry.BadRows);
            Assert.Equal(files.Hulls, registry.Rows);

            var matcher = new CompanyMatcher(SanctionsLists.FromResults([list]).Screener);
            Assert.Equal("os-synthetic-sea-star", Assert.Single(matcher.Match(SyntheticSanctions.ManagerAsWritten)).EntryId);
            Assert.All(SyntheticSanctions.DecoyManagers, d => Assert.Empty(matcher.Match(d)));
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Demo_loads_the_synthetic_list_and_finds_every_listed_hull_and_company_path_without_flagging_a_decoy()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"picket-demo-synthetic-{Guid.NewGuid():N}");
        try
        {
            var (exit, stdout, stderr) = CliRunner.Run("demo", "--out", dir, "--vessels", "60", "--hours", "12", "--seed", "3");
            Assert.True(exit == 0, stderr);
            var rows = stdout.Split('\n').Where(l => l.StartsWith("| list_match ", StringComparison.Ordinal) || l.StartsWith("| company_path ", StringComparison.Ordinal))
                .Select(l => l.Split('|', StringSplitOptions.TrimEntries)).ToList();
            Assert.Equal(2, rows.Count);
            foreach (var r in rows)
            {
                // | what | truth | not observable | detected | found | correct | recall | precision | decoys flagged |
                Assert.True(int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture) > 0, string.Join("|", r));
                Assert.Equal("1.000", r[7]);
                Assert.Equal("1.000", r[8]);
                Assert.Equal("0", r[9]);
            }
            string html = File.ReadAllText(Path.Combine(dir, "analysis", "report.html"));
            Assert.DoesNotContain("sanctions lists</th><td>none", html, StringComparison.Ordinal);
            Assert.Contains("SYNTHETIC SEA STAR SHIPMANAGEMENT PTE LTD", html, StringComparison.Ordinal);
            Assert.Contains("data-company=\"os-synthetic-sea-star\"", html, StringComparison.Ordinal);
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
    }
}
