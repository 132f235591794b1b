using System.CommandLine;
using System.Globalization;
using Picket.Screening.Sources;

namespace Picket.Cli.Commands;

/// <summary><c>--max-shrink PERCENT</c> and <c>--force</c>, shared by <c>lists update</c> and <c>lists load</c> (see <see cref="ListShrinkGuard"/>).</summary>
internal sealed record ShrinkOptions(Option<double> MaxShrink, Option<bool> Force)
{
    public readonly record struct Values(double MaxShrink, bool Force);

    public static ShrinkOptions Create() => new(
        new Option<double>("--max-shrink")
        {
            HelpName = "PERCENT",
            Description = "Refuse a list with more than this percentage fewer entities than the stored one (default 50)",
            DefaultValueFactory = _ => ListShrinkGuard.DefaultMaxShrink * 100,
        },
        new Option<bool>("--force") { Description = "Replace the stored list even when the new one is much smaller (see --max-shrink)" });

    /// <summary>The values, or null after printing why they are unusable.</summary>
    public Values? Read(ParseResult parse, string command)
    {
        var percent = parse.GetValue(MaxShrink);
        if (double.IsNaN(percent) || percent is < 0 or > 100)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"picket lists {command}: --max-shrink must be a percentage from 0 to 100, not {percent}"));
            return null;
        }

        return new Values(percent / 100, parse.GetValue(Force));
    }
}
