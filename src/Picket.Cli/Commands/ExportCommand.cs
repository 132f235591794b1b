using System.CommandLine;
using Picket.Store;
using Picket.Store.Parquet;
using Picket.Store.Queries;

using Picket.Analysis;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket export --db picket.duckdb --parquet DIR [--from T] [--to T] [--bbox W,S,E,N]</c>: writes positions,
/// identity reports, the identity history and events as Parquet files (ZSTD) that DuckDB, pandas and QGIS read, and
/// that <c>picket ingest</c> reads back.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The store (a DuckDB file)", DefaultValueFactory = _ => "picket.duckdb" };
        var parquet = new Option<string>("--parquet") { Description = "Directory to write the Parquet files into", Required = true };
        var from = new Option<string?>("--from") { Description = "Only from this UTC time (ISO 8601, inclusive)" };
        var to = new Option<string?>("--to") { Description = "Only before this UTC time (ISO 8601, exclusive)" };
        var bbox = new Option<string?>("--bbox") { Description = "Only inside west,south,east,north (degrees)" };
        var command = new Command("export", "Export the store to Parquet, optionally cut to a time window and a box.") { db, parquet, from, to, bbox };
        command.SetAction(async (parse, ct) =>
        {
            if (!QueryCommand.TryWindow(parse.GetValue(from), parse.GetValue(to), out var window, out var usage)
                || !QueryCommand.TryBox(parse.GetValue(bbox), required: false, out var box, out usage))
            {
                await Console.Error.WriteLineAsync($"picket export: {usage}");
                return ExitCodes.Usage;
            }
            string outDir = OutputDirectory.Prepare(parse.GetValue(parquet)!);
            string dbPath = parse.GetValue(db)!;
            if (!File.Exists(dbPath))
            {
                await Console.Error.WriteLineAsync($"picket export: no store at {dbPath}");
                return ExitCodes.InputError;
            }
            if (!StoreDatabase.TryOpen(dbPath, out var store, out var error))
            {
                await Console.Error.WriteLineAsync($"picket export: {error}");
                return ExitCodes.InputError;
            }
            using (store)
            {
                foreach (var f in ParquetExporter.Export(store!, outDir, window, box))
                    await Console.Error.WriteLineAsync($"{f.Path}: {f.Rows:N0} rows ({f.Table})");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
