using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Picket.Store;
using Picket.Store.Queries;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket query vessel MMSI|IMO|NAME</c>, <c>picket query area --bbox … --from … --to …</c> and <c>picket query company NAME|ID</c> against the store;
/// a plain table by default, <c>--json</c> or <c>--geojson</c> for tools.
/// </summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var command = new Command("query", "Ask the store about a vessel or an area.");
        command.Subcommands.Add(Vessel());
        command.Subcommands.Add(Area());
        command.Subcommands.Add(QueryCompanyCommand.Create());
        return command;
    }

    private static (Option<string> Db, Option<bool> Json, Option<bool> GeoJson) Common() => (
        new Option<string>("--db") { Description = "The store (a DuckDB file)", DefaultValueFactory = _ => "picket.duckdb" },
        new Option<bool>("--json") { Description = "JSON to standard output" },
        new Option<bool>("--geojson") { Description = "GeoJSON FeatureCollection to standard output" });

    private static Command Vessel()
    {
        var key = new Argument<string>("MMSI|IMO|NAME") { Description = "9-digit MMSI, 7-digit IMO number (or IMO1234567), or part of a name" };
        var (db, json, geojson) = Common();
        var positions = new Option<int>("--positions") { Description = "How many of the latest positions to show", DefaultValueFactory = _ => 10 };
        var command = new Command("vessel", "Identity history, latest positions and events of a vessel.") { key, db, positions, json, geojson };
        command.SetAction(parse => WithStore(parse.GetValue(db)!, store =>
        {
            var reports = VesselQuery.Find(store, parse.GetValue(key)!, parse.GetValue(positions));
            if (parse.GetValue(json)) WriteJson(w => QueryJson.WriteVessels(w, reports));
            else if (parse.GetValue(geojson)) WriteJson(w => QueryJson.WriteVesselsGeoJson(w, reports));
            else QueryText.Vessels(Console.Out, reports);
            return reports.Count == 0 && !parse.GetValue(json) && !parse.GetValue(geojson) ? NotFound(parse.GetValue(key)!) : ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Area()
    {
        var (db, json, geojson) = Common();
        var bbox = new Option<string>("--bbox") { Description = "west,south,east,north (degrees)", Required = true };
        var from = new Option<string?>("--from") { Description = "From this UTC time (ISO 8601, inclusive)" };
        var to = new Option<string?>("--to") { Description = "Before this UTC time (ISO 8601, exclusive)" };
        var limit = new Option<int>("--limit") { Description = "At most this many vessels (busiest first)", DefaultValueFactory = _ => 1000 };
        var command = new Command("area", "Vessels and events in a box during a time window.") { bbox, from, to, db, limit, json, geojson };
        command.SetAction(parse =>
        {
            if (!TryWindow(parse.GetValue(from), parse.GetValue(to), out var window, out var usage)
                || !TryBox(parse.GetValue(bbox), required: true, out var box, out usage))
            {
                Console.Error.WriteLine($"picket query area: {usage}");
                return ExitCodes.Usage;
            }
            return WithStore(parse.GetValue(db)!, store =>
            {
                var area = AreaQuery.Find(store, box!.Value, window, Math.Max(1, parse.GetValue(limit)));
                if (parse.GetValue(json)) WriteJson(w => QueryJson.WriteArea(w, area));
                else if (parse.GetValue(geojson)) WriteJson(w => QueryJson.WriteAreaGeoJson(w, area));
                else QueryText.Area(Console.Out, area);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    internal static bool TryWindow(string? from, string? to, out TimeWindow window, out string? usage) =>
        TimeWindow.TryParse(from, to, out window, out usage, "--from", "--to");

    internal static bool TryBox(string? text, bool required, out BoundingBox? box, out string? usage)
    {
        box = null;
        usage = null;
        if (text == null && !required) return true;
        if (!BoundingBox.TryParse(text, out var b, out usage)) return false;
        box = b;
        return true;
    }

    internal static int WithStore(string dbPath, Func<StoreDatabase, int> action)
    {
        if (!File.Exists(dbPath))
        {
            Console.Error.WriteLine($"picket query: no store at {dbPath} (create one with 'picket ingest')");
            return ExitCodes.InputError;
        }
        if (!StoreDatabase.TryOpen(dbPath, out var store, out var error))
        {
            Console.Error.WriteLine($"picket query: {error}");
            return ExitCodes.InputError;
        }
        using (store) return action(store!);
    }

    private static int NotFound(string key)
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"picket query vessel: nothing in the store matches '{key}'"));
        return ExitCodes.Ok;
    }

    internal static void WriteJson(Action<Utf8JsonWriter> write)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true })) write(w);
        stdout.Write("\n"u8);
    }
}
