using System.Globalization;
using System.Text;
using System.Text.Json;
using Picket.Simulation.Geography;
using Picket.Simulation.Scenarios;
using Picket.Simulation.Vessels;

namespace Picket.Simulation.Lists;

/// <summary>
/// A small SYNTHETIC sanctions list and ship registry for a scenario, so the demo shows list matches and company paths
/// without a real list: the scenario's DPRK-flagged tankers designated by IMO and owned by a designated company, a
/// designated ship manager standing behind a few ordinary merchants, and, as decoys, merchants managed by firms with
/// near names that are not listed, and one merchant the listed manager ran only years before the scenario. Every name and
/// note says SYNTHETIC; the files are named so; the list is FollowTheMoney JSON lines (Vessel, Company, Ownership),
/// one of the formats Picket reads. The truth file says what a correct analysis concludes for each hull.
/// The fleet is planned again from the same options and seed, so the files agree with the feed without the run.
/// </summary>
public static class SyntheticSanctions
{
    /// <summary>The folder, under the output directory, that holds the list; give it to <c>picket analyze --lists</c>.</summary>
    public const string ListsDirectory = "SYNTHETIC-lists";
    /// <summary>The list's file name inside <see cref="ListsDirectory"/>: FollowTheMoney entities, one JSON object per line.</summary>
    public const string ListFile = "SYNTHETIC-sanctions.ftm.json";
    /// <summary>The ship registry CSV (<c>imo,registered_owner,ship_manager,ism_manager,operator,from,to</c>), for <c>--registry</c>.</summary>
    public const string RegistryFile = "SYNTHETIC-registry.csv";
    /// <summary>What a correct analysis concludes per hull (listed? a listed company behind it?), for <see cref="Evaluation.CompanyTruthEvaluation"/>.</summary>
    public const string TruthFile = "SYNTHETIC-companies-truth.csv";

    /// <summary>The designated owner of the DPRK tankers and the designated manager, as the list names them.</summary>
    public const string ListedOwner = "SYNTHETIC KORYO TANKER SHIPPING CO", ListedManager = "SYNTHETIC SEA STAR SHIPMANAGEMENT PTE LTD";

    /// <summary>The manager as a registry writes it (legal-form punctuation differs; the screener must still find it).</summary>
    public const string ManagerAsWritten = "Synthetic Sea Star Shipmanagement Pte. Ltd.";

    /// <summary>Near names of other, unlisted firms: the screener must not take them for the listed manager.</summary>
    public static readonly string[] DecoyManagers = ["Synthetic Sea Star Marine Services Co., Ltd", "Synthetic Sea Crest Shipmanagement Pte Ltd"];

    /// <summary>Merchants behind which the listed manager stands, and decoy merchants per near name.</summary>
    public const int ManagedMerchants = 3, DecoysPerName = 2;

    /// <summary>Writes the list (under <see cref="ListsDirectory"/>), the registry and the truth into <paramref name="directory"/>.</summary>
    public static SyntheticSanctionsFiles Write(SimulationOptions options, string directory)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { } problem) throw new ArgumentException(problem, nameof(options));
        var region = Region.Named(options.Region)!;
        long start = options.Start.ToUnixTimeMilliseconds();
        var fleet = ScenarioPlanner.Plan(region, options.Vessels, options.Seed, start, start + (long)(options.Hours * 3_600_000));
        var plan = Choose(fleet.Vessels, options.Start);

        var listsDir = Path.Combine(directory, ListsDirectory);
        Directory.CreateDirectory(listsDir);
        var files = new SyntheticSanctionsFiles(listsDir, Path.Combine(directory, RegistryFile), Path.Combine(directory, TruthFile), plan.Rows.Count);
        File.WriteAllText(Path.Combine(listsDir, ListFile), ListLines(plan.Tankers), new UTF8Encoding(false));
        File.WriteAllText(files.Registry, Registry(plan.Rows), new UTF8Encoding(false));
        File.WriteAllText(files.Truth, Truth(plan.Rows), new UTF8Encoding(false));
        return files;
    }

    private static (List<Identity> Tankers, List<RegistryPlanRow> Rows) Choose(IReadOnlyList<SimVessel> vessels, DateTimeOffset start)
    {
        var tankers = vessels.Where(v => v.TrueIdentity.Mmsi / 1_000_000 == 445 && v.TrueIdentity.Imo > 0)
            .Select(v => v.TrueIdentity).DistinctBy(i => i.Imo).OrderBy(i => i.Imo).ToList();
        var merchants = new Queue<Identity>(vessels.Where(v => v.Scenario == "background" && v.Behaviour is MerchantBehaviour && !v.ClassB && v.TrueIdentity.Imo > 0)
            .OrderBy(v => v.Index).Select(v => v.TrueIdentity));
        var rows = new List<RegistryPlanRow>();
        foreach (var t in tankers)
            rows.Add(new(t, "Synthetic Koryo Tanker Shipping Co.", "", null, null, "designated_tanker", Listed: true, CompanyPath: true));
        for (int i = 0; i < ManagedMerchants && merchants.Count > 0; i++)
            rows.Add(new(merchants.Dequeue(), "", ManagerAsWritten, null, null, "managed_by_listed", Listed: false, CompanyPath: true));
        foreach (var decoy in DecoyManagers)
            for (int i = 0; i < DecoysPerName && merchants.Count > 0; i++)
                rows.Add(new(merchants.Dequeue(), "", decoy, null, null, "decoy_near_name", Listed: false, CompanyPath: false));
        // Managed by the listed company, but only years before: the role's dates exclude everything the feed shows.
        if (merchants.Count > 0)
        {
            var from = DateOnly.FromDateTime(start.UtcDateTime).AddYears(-8);
            rows.Add(new(merchants.Dequeue(), "", ManagerAsWritten, from, from.AddYears(3), "former_manager", Listed: false, CompanyPath: false));
        }
        return (tankers, rows);
    }

    // The FollowTheMoney properties every entry shares, and the owner's id that each vessel's Ownership points to.
    private const string OwnerId = "synthetic-koryo-tanker";
    private static readonly string[] Program = ["SYNTHETIC-DPRK"];
    private static readonly string[] Notes = ["SYNTHETIC entry written by picket simulate for the demo; not a real designation"];
    private static readonly string[] OwnerNames = [ListedOwner], OwnerIds = [OwnerId];
    private static readonly string[] ManagerNames = [ListedManager], ManagerAliases = ["SYNTHETIC SEA STAR SHIP MANAGEMENT"];
    private static readonly string[] DprkFlag = ["kp"];

    private static string ListLines(List<Identity> tankers)
    {
        var sb = new StringBuilder();
        void Line(object entity) => sb.Append(JsonSerializer.Serialize(entity)).Append('\n');
        Line(new { id = OwnerId, schema = "Company", properties = new { name = OwnerNames, programId = Program, notes = Notes } });
        Line(new { id = "synthetic-sea-star", schema = "Company", properties = new { name = ManagerNames, alias = ManagerAliases, programId = Program, notes = Notes } });
        foreach (var t in tankers)
        {
            var id = "synthetic-vessel-" + t.Imo.ToString(CultureInfo.InvariantCulture);
            Line(new
            {
                id, schema = "Vessel",
                properties = new
                {
                    name = new[] { "SYNTHETIC " + t.Name }, imoNumber = new[] { "IMO" + t.Imo.ToString(CultureInfo.InvariantCulture) },
                    flag = DprkFlag, programId = Program, notes = Notes,
                },
            });
            Line(new { id = id + "-owner", schema = "Ownership", properties = new { owner = OwnerIds, asset = new[] { id } } });
        }
        return sb.ToString();
    }

    private static string Registry(List<RegistryPlanRow> rows)
    {
        var sb = new StringBuilder("imo,registered_owner,ship_manager,ism_manager,operator,from,to\n");
        foreach (var r in rows)
            sb.Append(CultureInfo.InvariantCulture, $"{r.Ship.Imo},{Csv(r.Owner)},{Csv(r.Manager)},,,{Day(r.From)},{Day(r.To)}\n");
        return sb.ToString();
    }

    private static string Truth(List<RegistryPlanRow> rows)
    {
        var sb = new StringBuilder("imo,mmsi,name,kind,expect_listed,expect_company_path\n");
        foreach (var r in rows)
            sb.Append(CultureInfo.InvariantCulture, $"{r.Ship.Imo},{r.Ship.Mmsi},{Csv(r.Ship.Name)},{r.Kind},{(r.Listed ? "true" : "false")},{(r.CompanyPath ? "true" : "false")}\n");
        return sb.ToString();
    }

    private static string Csv(string s) => s.Contains(',', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal) ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private sealed record RegistryPlanRow(Identity Ship, string Owner, string Manager, DateOnly? From, DateOnly? To, string Kind, bool Listed, bool CompanyPath);
}

/// <summary>Where <see cref="SyntheticSanctions.Write"/> put its files, and how many hulls the truth covers.</summary>
/// <param name="ListsDirectory">The folder holding the list (for <c>--lists</c>).</param>
/// <param name="Registry">The registry CSV (for <c>--registry</c>).</param>
/// <param name="Truth">The truth CSV (for <see cref="Evaluation.CompanyTruthEvaluation"/>).</param>
/// <param name="Hulls">Hulls the truth covers.</param>
public sealed record SyntheticSanctionsFiles(string ListsDirectory, string Registry, string Truth, int Hulls);
