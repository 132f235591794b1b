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
}
