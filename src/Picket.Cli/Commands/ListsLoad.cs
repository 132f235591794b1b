using System.CommandLine;
using Picket.Screening.Sources;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket lists load FILE... [--dir DIR]</c>: stores list files already at hand (a mirror, an e-mail attachment, the
/// test data) exactly as <c>update</c> stores downloads: copied to staging, parsed completely, swapped in.
/// </summary>
internal static class ListsLoad
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "List files, or folders whose files are read (OFAC sdn.csv with alt.csv, add.csv, sdn_comments.csv beside it)",
            Arity = ArgumentArity.OneOrMore,
        }.RefuseOptionLike();
        var dir = ListsCommand.DirectoryOption("--dir");
        var shrink = ShrinkOptions.Create();
        var command = new Command("load", "Store list files at hand after parsing them completely; the list's format decides which stored list they replace.")
        {
            files, dir, shrink.MaxShrink, shrink.Force,
        };
        command.SetAction(async (parse, ct) => shrink.Read(parse, "load") is { } guard
            ? await RunAsync(ListStore.Resolve(parse.GetValue(dir)), parse.GetValue(files)!, guard)
            : ExitCodes.Usage);
        return command;
    }

    static async Task<int> RunAsync(ListStore store, string[] arguments, ShrinkOptions.Values guard)
    {
        var files = ListFiles.Expand(arguments);
        if (files.Missing is { } missing)
        {
            await Console.Error.WriteLineAsync($"picket lists load: cannot read {missing}: no such file or folder; nothing changed");
            return ExitCodes.InputError;
        }

        var total = 0;
        var failed = 0;
        var outcomes = ListLoader.Load(store, files.Paths, guard.MaxShrink, guard.Force, o =>
        {
            if (files.IsBystander(o))
            {
                // A licence or readme beside the lists in a folder given whole is not an error.
                Console.Error.WriteLine($"picket lists load: {o.Files[0]}: skipped, not a list file");
                return;
            }

            total++;
            if (o.Manifest is { } m)
            {
                Console.Out.WriteLine($"{o.List}: loaded, {m.Entities} entities ({m.Skipped} records skipped, {m.Warnings} warnings) from {string.Join(", ", o.Files)}"
                    + (o.NameLimits is null ? "" : $"; name limits hit: {o.NameLimits}"));
            }
            else
            {
                failed++;
                Console.Error.WriteLine($"picket lists load: {string.Join(", ", o.Files)}: REFUSED, {o.Reason}");
            }
        });
        if (outcomes is null)
        {
            await Console.Error.WriteLineAsync($"picket lists load: another 'picket lists' update or load is running on {store.Root}; nothing changed");
            return ExitCodes.ListsNotUpdated;
        }

        await Console.Out.WriteLineAsync($"{total - failed} of {total} lists loaded into {store.Root}");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.ListsNotUpdated;
    }
}
