namespace Picket.Core.Input;

/// <summary>Sources named as on a command line.</summary>
public static class AisSources
{
    /// <summary><c>-</c> is standard input; anything else a file path.</summary>
    public static IAisSource FromArgument(string argument)
    {
        ArgumentException.ThrowIfNullOrEmpty(argument);
        return argument == "-" ? StreamSource.StandardInput() : new FileSource(argument);
    }
}
