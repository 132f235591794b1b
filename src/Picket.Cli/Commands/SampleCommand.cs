using System.CommandLine;
using Picket.Simulation;

namespace Picket.Cli.Commands;

/// <summary>
/// <c>picket sample [FILE]</c>: writes a small NMEA log made by Picket's own encoder — two tankers meeting west of
/// Nampho with tag-blocked times, a two-part static message, a class B boat, and a few broken lines — so a fresh clone
/// has something to decode without any external data.
/// </summary>
internal static class SampleCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("FILE") { Description = "Where to write (default: standard output)", Arity = ArgumentArity.ZeroOrOne }.RefuseOptionLike();
        var command = new Command("sample", "Write a small synthetic NMEA log for trying out 'picket decode'.") { file };
        command.SetAction(parse =>
        {
            string? path = parse.GetValue(file);
            try
            {
                using var writer = path == null ? new StreamWriter(Console.OpenStandardOutput()) : new StreamWriter(path);
                SampleLog.Write(writer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The one file here is an output: a missing folder is not an unreadable input.
                throw CliError.Output($"cannot write {path}: {e.Message}", e);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
