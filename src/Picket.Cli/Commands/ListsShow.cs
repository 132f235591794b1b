using System.CommandLine;
using System.Globalization;
using Picket.Screening.Sources;

namespace Picket.Cli.Commands;

/// <summary><c>picket lists show [--dir DIR]</c>: the stored lists with their origin, date and counts, from their manifests.</summary>
internal static class ListsShow
{
    /// <summary>The table's header row (never changed by the table writer).</summary>
    private static readonly string[] Header = ["list", "format", "updated (UTC)", "how", "entities", "skipped", "warnings", "by schema", "origin"];

    public static Command Create()
    {
        var dir = ListsCommand.DirectoryOption("--dir");
        var command = new Command("show", "Show the stored lists: source, format, when fetched or loaded, entity counts by schema, origin.") { dir };
        command.SetAction(async (parse, ct) => await RunAsync(ListStore.Resolve(parse.GetValue(dir))));
        return command;
    }

    static async Task<int> RunAsync(ListStore store)
    {
        var folders = store.ListFolders();
        if (folders.Count == 0)
        {
            await Console.Out.WriteLineAsync($"no lists in {store.Root}: run 'picket lists update' or 'picket lists load FILE...'");
            return ExitCodes.Ok;
        }

        var rows = new List<string[]> { Header };
        foreach (var folder in folders)
        {
            var m = ListManifest.TryRead(folder, out var problem);
            rows.Add(m is null
                ? [Path.GetFileName(folder), "-", "-", "-", "-", "-", "-", "-", $"({problem}; not made by picket lists)"]
                :
                [
                    m.Source, m.Format, m.Updated.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), m.How,
                    N(m.Entities), N(m.Skipped), N(m.Warnings),
                    string.Join(", ", m.Schemas.Select(s => $"{s.Key} {s.Value}")),
                    m.Files.Count == 0 ? "-" : m.Files[0].Origin + (m.Files.Count > 1 ? $" (+{m.Files.Count - 1} files)" : ""),
                ]);
        }

        await Console.Out.WriteLineAsync($"lists in {store.Root}:");
        await Console.Out.WriteAsync(TextTable.Format(rows, rightAligned: new HashSet<int> { 4, 5, 6 }));
        return ExitCodes.Ok;
    }

    static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
