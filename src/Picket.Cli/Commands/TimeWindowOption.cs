using System.CommandLine;
using Picket.Core.Input;

namespace Picket.Cli.Commands;

/// <summary><c>--time-window-days</c>, shared by the commands that build tracks: how far a message's time may stray from its file's own clock.</summary>
internal static class TimeWindowOption
{
    public static Option<double> Create() => new("--time-window-days")
    {
        Description = "Drop (and count) messages more than this many days from their file's own clock, or in the future or before 1998; 0 keeps only the absolute test",
        DefaultValueFactory = _ => FeedClock.DefaultWindow.TotalDays,
    };

    /// <summary>The plausibility window for a command's feed; a usage error for a negative or non-finite value.</summary>
    public static TimeSpan Window(ParseResult parse, Option<double> option)
    {
        double days = parse.GetValue(option);
        if (!double.IsFinite(days) || days < 0 || days > 36_500) throw CliError.Usage("--time-window-days takes a number of days from 0 to 36500");
        return TimeSpan.FromDays(days);
    }
}

/// <summary><c>--max-vessels</c>, shared by the commands that build tracks: the cap on vessels tracked at once.</summary>
internal static class MaxVesselsOption
{
    public static Option<int> Create() => new("--max-vessels")
    {
        Description = "Most vessels tracked at once; past it the longest-silent tenth are closed (counted), so a flood of MMSIs cannot exhaust memory",
        DefaultValueFactory = _ => new Core.Tracks.TrackBuilderOptions().MaxVessels,
    };

    public static int Get(ParseResult parse, Option<int> option) =>
        parse.GetValue(option) is var n and >= 1 ? n : throw CliError.Usage("--max-vessels must be at least 1");
}
