using System.CommandLine;
using System.CommandLine.Parsing;

namespace Picket.Cli.Commands;

/// <summary>
/// A command whose arguments are paths or names would otherwise take a mistyped option (<c>--gap-hour 6</c>) as one
/// more file and fail later as an unreadable input (exit 3); refusing a token that looks like an option makes it the
/// parse error it is (exit 2). A file whose name begins with '-' is still reachable as <c>./-name</c>; a lone <c>-</c>
/// (standard input) is allowed.
/// </summary>
internal static class OptionLikeArguments
{
    /// <summary>Adds the check to <paramref name="argument"/> and returns it.</summary>
    public static T RefuseOptionLike<T>(this T argument) where T : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && !double.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    result.AddError($"Unrecognized option '{token.Value}' (a file whose name begins with '-' can be given as ./{token.Value})");
                    return;
                }
            }
        });
        return argument;
    }
}
