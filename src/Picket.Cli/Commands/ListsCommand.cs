using System.CommandLine;
using Picket.Screening.Sources;

namespace Picket.Cli.Commands;

/// <summary><c>picket lists update|load|show</c>: keeps the sanctions lists that <c>screen</c> and <c>match</c> read.</summary>
internal static class ListsCommand
{
    public static Command Create()
    {
        var command = new Command("lists", "Keep the sanctions lists: fetch the official files, load files at hand, show what is stored.");
        command.Subcommands.Add(ListsUpdate.Create());
        command.Subcommands.Add(ListsLoad.Create());
        command.Subcommands.Add(ListsShow.Create());
        return command;
    }

    /// <summary>The lists directory option; each command gets its own instance.</summary>
    public static Option<string?> DirectoryOption(string name) => new(name)
    {
        HelpName = "DIR",
        Description = $"Lists directory (default ${ListStore.EnvironmentVariable}, else ~/.picket/lists)",
    };

    /// <summary>"kept the previous list (N entities of DATE)" or "there was no previous list", for failure messages.</summary>
    public static string Previous(ListStore store, string name)
    {
        var folder = Path.Combine(store.Root, name);
        if (!Directory.Exists(folder))
        {
            return "there was no previous list";
        }

        var m = ListManifest.TryRead(folder, out _);
        return m is null
            ? $"kept the previous files in {folder}"
            : $"kept the previous list ({m.Entities} entities, {m.How} {m.Updated.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z)";
    }
}
