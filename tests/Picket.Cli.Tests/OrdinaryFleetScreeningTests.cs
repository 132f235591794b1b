using System.Globalization;
using System.Text.Json;
using Picket.Screening.Lists;
using Picket.Screening.Model;
using Picket.Simulation.Fleet;

namespace Picket.Cli.Tests;

/// <summary>
/// Issue 13's hull test: a fleet of over a thousand ordinary identities, named as real ships are (many sharing a
/// name with a sanctioned ship), plus every OFAC vessel broadcasting its own IMO and the real cases from Danish
/// waters, analysed by <c>picket analyze</c> with the real UN and OFAC lists. Skipped when the shared lists are absent.
/// </summary>
public sealed class OrdinaryFleetScreeningTests(FleetAnalysis run) : IClassFixture<FleetAnalysis>
{
    private FleetAnalysis Run()
    {
        if (run.Missing is not null) Assert.Skip(run.Missing);
        Assert.True(run.Exit == 0, run.Stderr);
        TestContext.Current.TestOutputHelper?.WriteLine(run.Figures());
        return run;
    }

    [Fact]
    public void No_ordinary_vessel_is_high_risk_from_list_matching_and_none_matches_a_ship_whose_IMO_differs()
    {
        var r = Run();
        var ordinary = r.Fleet.Select(v => r.Line(v.Mmsi)).ToList();
        Assert.True(ordinary.Count >= 1000, $"{ordinary.Count} ordinary identities");
        foreach (var (v, line) in r.Fleet.Zip(ordinary))
        {
            Assert.False(line.GetProperty("high_risk").GetBoolean(), $"{v.Name} {v.Mmsi} is high risk: {line.GetProperty("risk_factors")}");
            double listPoints = line.GetProperty("risk_factors").EnumerateArray()
                .Where(f => f.GetProperty("practice").GetString() == "ListMatch").Sum(f => f.GetProperty("points").GetDouble());
            Assert.True(listPoints < 50, $"{v.Name}: {listPoints} points from lists");
            if (v.Imo is null) continue;
            // Every IMO of the fleet is its own, so an entry that names a ship IMO is another hull: at most a note.
            foreach (var m in FleetAnalysis.Results(line, "list_matches").Concat(FleetAnalysis.Results(line, "list_leads")))
                Assert.Empty(r.Entities[m.GetProperty("id").GetString()!].IdentifiersOf(IdentifierKind.ImoShip));
        }
        // The fleet does exercise the rule: ships carrying a listed ship's name under their own IMO.
        Assert.True(ordinary.Count(l => FleetAnalysis.Results(l, "list_notes").Any()) > 10);
    }

    [Fact]
    public void Name_only_leads_are_counted_in_the_summary()
    {
        var r = Run();
        int leadsInFile = r.Lines.Values.Count(l => !FleetAnalysis.Results(l, "list_matches").Any() && FleetAnalysis.Results(l, "list_leads").Any());
        Assert.Equal(leadsInFile, r.Summary.GetProperty("lead_vessels").GetInt32());
        Assert.True(r.Fleet.Count(v => FleetAnalysis.Results(r.Line(v.Mmsi), "list_leads").Any()) > 0, "the fleet has name-only collisions");
        int listed = r.Lines.Values.Count(l => FleetAnalysis.Results(l, "list_matches").Any());
        Assert.Equal(listed, r.Summary.GetProperty("listed_vessels").GetInt32());

        // The report shows the leads apart from listings: one row per lead in its own section.
        int leadRows = r.Lines.Values.Sum(l => FleetAnalysis.Results(l, "list_leads").Count());
        Assert.Contains("<section id=\"list-leads\">", r.ReportHtml, StringComparison.Ordinal);
        Assert.Equal(leadRows, r.ReportHtml.Split("<tr class=\"lead\"").Length - 1);
    }

    [Fact]
    public void Every_OFAC_vessel_with_an_IMO_is_still_found_by_its_IMO()
    {
        var r = Run();
        Assert.True(r.ListedByImo.Count > 300, $"{r.ListedByImo.Count} OFAC vessels with an IMO");
        foreach (var (vessel, entityId) in r.ListedByImo)
        {
            var line = r.Line(vessel.Mmsi);
            Assert.Contains(FleetAnalysis.Results(line, "list_matches"), m => m.GetProperty("id").GetString() == entityId && m.GetProperty("matched_on").GetString() == "imo");
            Assert.True(line.GetProperty("high_risk").GetBoolean());
        }
    }

    [Fact]
    public void A_designated_tanker_broadcasting_its_listed_name_without_an_IMO_is_still_a_lead()
    {
        var r = Run();
        var line = r.Line(FleetAnalysis.SalinaNoImo);
        Assert.Contains(FleetAnalysis.Results(line, "list_leads"), m => m.GetProperty("id").GetString() == "ofac-15079");
        Assert.Empty(FleetAnalysis.Results(line, "list_matches"));
    }

    [Fact]
    public void Real_cases_SARA_SANNA_and_names_on_another_IMO_match_nothing_and_a_DPRK_tanker_with_its_flag_is_a_strong_listing()
    {
        var r = Run();
        foreach (uint mmsi in new[] { FleetAnalysis.Sara, FleetAnalysis.Sanna })
            Assert.Empty(new[] { "list_matches", "list_leads", "list_notes" }.SelectMany(k => FleetAnalysis.Results(r.Line(mmsi), k)));
        foreach (var (mmsi, entry) in new[] { (FleetAnalysis.Fortuna, "ofac-30823"), (FleetAnalysis.Aura, "ofac-15722"), (FleetAnalysis.Felicity, "ofac-15727") })
        {
            var line = r.Line(mmsi);
            Assert.Empty(FleetAnalysis.Results(line, "list_matches"));
            Assert.Empty(FleetAnalysis.Results(line, "list_leads"));
            Assert.Contains(FleetAnalysis.Results(line, "list_notes"), m => m.GetProperty("id").GetString() == entry);
            Assert.Equal(0, line.GetProperty("risk").GetDouble());
        }
        var yuSon = r.Line(FleetAnalysis.YuSonDprk);
        var listing = Assert.Single(FleetAnalysis.Results(yuSon, "list_matches"), m => m.GetProperty("id").GetString() == "ofac-23744");
        Assert.Contains(listing.GetProperty("corroboration").EnumerateArray(), f => f.GetString()!.StartsWith("DPRK flag", StringComparison.Ordinal));
        Assert.True(yuSon.GetProperty("high_risk").GetBoolean());
    }
}

/// <summary>Builds the fleet's AIS, runs <c>picket analyze</c> once with the shared UN and OFAC lists, and keeps its outputs.</summary>
public sealed class FleetAnalysis : IDisposable
{
    public const uint Sara = 265_900_001, Sanna = 265_900_002, Fortuna = 219_900_003, Aura = 219_900_004, Felicity = 257_900_005,
        YuSonDprk = 445_900_006, SalinaNoImo = 667_900_007;

    private static readonly uint[] CaseMmsis = [Sara, Sanna, Fortuna, Aura, Felicity, YuSonDprk, SalinaNoImo];
    private static readonly int[] CaseImos = [9312341, 9400019, 9500015];

    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"picket-fleet-{Guid.NewGuid():N}");

    public FleetAnalysis()
    {
        if (SharedData.FindLists(out var missing) is not { } shared)
        {
            Missing = missing;
            return;
        }
        // PICKET_FLEET_OUT keeps the feed and outputs for a look (or to run another build of picket on the same feed).
        string dir = Environment.GetEnvironmentVariable("PICKET_FLEET_OUT") is { Length: > 0 } keep ? keep : _dir;
        string lists = Path.Combine(dir, "lists");
        Directory.CreateDirectory(lists);
        foreach (var list in new[] { "un", "ofac" })
            if (!Directory.Exists(Path.Combine(lists, list))) Directory.CreateSymbolicLink(Path.Combine(lists, list), Path.GetFullPath(Path.Combine(shared, list)));
        var loaded = SanctionsLists.LoadDirectory(lists);
        Entities = loaded.Entities.ToDictionary(e => e.Id);
        var vessels = loaded.Entities.Where(e => e.Schema == EntitySchema.Vessel).ToList();

        Fleet = OrdinaryFleet.Generate(new FleetOptions
        {
            Count = 1_200,
            CollidingNames = [.. vessels.Select(e => e.Caption)],
            AvoidImos = loaded.Entities.SelectMany(e => e.IdentifiersOf(IdentifierKind.ImoShip).Concat(e.IdentifiersOf(IdentifierKind.ImoCompany)))
                .Select(i => int.Parse(i, CultureInfo.InvariantCulture)).Concat(CaseImos).ToHashSet(),
            AvoidMmsis = loaded.Entities.SelectMany(e => e.IdentifiersOf(IdentifierKind.Mmsi)).Select(m => uint.Parse(m, CultureInfo.InvariantCulture)).Concat(CaseMmsis).ToHashSet(),
            AvoidCallSigns = loaded.Entities.SelectMany(e => e.IdentifiersOf(IdentifierKind.CallSign)).ToHashSet(StringComparer.Ordinal),
        });

        // Every OFAC vessel with a ship IMO, broadcasting it from an MMSI of its own; every other one renamed.
        var listed = new List<(FleetVessel, string)>();
        // MID 370 (Panama) is not among the fleet's registries, so these MMSIs are the listed hulls' alone.
        uint next = 370_800_000;
        foreach (var e in vessels)
        {
            if (e.IdentifiersOf(IdentifierKind.ImoShip).FirstOrDefault() is not { } imo) continue;
            string name = listed.Count % 2 == 0 ? e.Caption : $"HULL {listed.Count}";
            listed.Add((new FleetVessel(next++, int.Parse(imo, CultureInfo.InvariantCulture), name.Length > 20 ? name[..20] : name, "", 80, 180, 30, FleetKind.Tanker, true), e.Id));
        }
        ListedByImo = listed;
        var cases = new FleetVessel[]
        {
            new(Sara, null, "SARA", "SE1234", 37, 11, 4, FleetKind.Pleasure, false),
            new(Sanna, null, "SANNA", "SE2345", 36, 12, 4, FleetKind.Sailing, false),
            new(Fortuna, 9312341, "FORTUNA", "OZ1234", 70, 120, 18, FleetKind.Merchant, true),
            new(Aura, 9400019, "AURA", "OZ2345", 70, 99, 16, FleetKind.Merchant, true),
            new(Felicity, 9500015, "FELICITY", "LA1234", 80, 180, 30, FleetKind.Tanker, true),
            new(YuSonDprk, null, "YU SON", "HMYS1", 80, 90, 14, FleetKind.Tanker, true),
            new(SalinaNoImo, null, "SALINA", "9LSA1", 80, 330, 58, FleetKind.Tanker, true),
        };

        string feed = Path.Combine(dir, "fleet.nmea");
        using (var text = new StreamWriter(feed))
            FleetNmea.Write(text, [.. Fleet, .. listed.Select(l => l.Item1), .. cases], new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero));
        var (exit, stdout, stderr) = CliRunner.Run("analyze", feed, "--lists", lists, "--out", Path.Combine(dir, "out"), "--json", "--no-store", "--quiet");
        (Exit, Stderr) = (exit, stderr);
        if (exit != 0) return;
        Summary = JsonDocument.Parse(stdout).RootElement.Clone();
        ReportHtml = File.ReadAllText(Path.Combine(dir, "out", "report.html"));
        foreach (var l in File.ReadLines(Path.Combine(dir, "out", "vessels.jsonl")))
        {
            var e = JsonDocument.Parse(l).RootElement.Clone();
            Lines[e.GetProperty("mmsi").GetUInt32()] = e;
        }
        if (dir != _dir) File.WriteAllText(Path.Combine(dir, "figures.txt"), Figures());
    }

    public string? Missing { get; }
    public int Exit { get; }
    public string Stderr { get; } = "";
    public JsonElement Summary { get; }
    public string ReportHtml { get; } = "";
    public Dictionary<uint, JsonElement> Lines { get; } = [];
    public IReadOnlyDictionary<string, SanctionedEntity> Entities { get; } = new Dictionary<string, SanctionedEntity>();
    public IReadOnlyList<FleetVessel> Fleet { get; } = [];
    public IReadOnlyList<(FleetVessel Vessel, string EntityId)> ListedByImo { get; } = [];

    public JsonElement Line(uint mmsi) => Lines.TryGetValue(mmsi, out var l) ? l : throw new Xunit.Sdk.XunitException($"no vessels.jsonl line for {mmsi}");

    public static IEnumerable<JsonElement> Results(JsonElement line, string key) => line.GetProperty(key).EnumerateArray();

    /// <summary>The figures for the issue: fleet size, vessels with any list result, listings vs leads vs notes, high risk.</summary>
    public string Figures()
    {
        var fleet = Fleet.Select(v => Line(v.Mmsi)).ToList();
        int Any(IEnumerable<JsonElement> ls, string k) => ls.Count(l => Results(l, k).Any());
        return string.Create(CultureInfo.InvariantCulture,
            $"ordinary fleet {fleet.Count} (named from a list: {Fleet.Count(v => v.NameFromList)}): any list result {fleet.Count(l => Results(l, "list_matches").Any() || Results(l, "list_leads").Any() || Results(l, "list_notes").Any())}, " +
            $"listings {Any(fleet, "list_matches")}, leads {fleet.Count(l => !Results(l, "list_matches").Any() && Results(l, "list_leads").Any())}, IMO-conflict notes {Any(fleet, "list_notes")}, high risk {fleet.Count(l => l.GetProperty("high_risk").GetBoolean())}; " +
            $"OFAC vessels by IMO {ListedByImo.Count}; whole run: {Summary}");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
