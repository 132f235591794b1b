using System.CommandLine;

namespace Picket.Cli.Commands;

/// <summary>
/// The alert-target options of a live watch, defined and read in one place for <c>picket watch</c> and
/// <c>picket serve --watch</c>: <c>--alerts URL|FILE</c> (repeatable), <c>--alerts-secret-env NAME</c>,
/// <c>--alerts-retry-max SECONDS</c> and <c>--alerts-drain SECONDS</c>, parsed into <see cref="WatchAlertTargets"/>.
/// </summary>
internal sealed class AlertTargetOptions
{
    public Option<string[]> Targets { get; } = new("--alerts")
    {
        Description = "Send every alert revision of the watch to this target too, each once, across outages and restarts: http(s)://… posts it signed (see --alerts-secret-env), anything else is a JSON Lines file to append to; repeatable (alerts.jsonl in the watch's folder always has them)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> SecretEnv { get; } = new("--alerts-secret-env")
    {
        Description = "Name of the environment variable holding the webhook's HMAC-SHA256 secret (at least 16 bytes); never the secret itself on the command line",
    };

    public Option<double> RetryMax { get; } = new("--alerts-retry-max")
    {
        Description = "Longest wait in seconds between two attempts to reach a webhook that is down (retries start at 0.5 s and double)",
        DefaultValueFactory = _ => 5,
    };

    public Option<double> Drain { get; } = new("--alerts-drain")
    {
        Description = "Seconds a finishing watch waits for its --alerts targets to take the alerts still pending",
        DefaultValueFactory = _ => 30,
    };

    /// <summary>Adds the four options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Targets);
        command.Options.Add(SecretEnv);
        command.Options.Add(RetryMax);
        command.Options.Add(Drain);
    }

    /// <summary>The targets as given; a usage error (<see cref="CliError"/>) for a bad URL, a missing or short secret, or bad seconds.</summary>
    public WatchAlertTargets Parse(ParseResult parse) =>
        WatchAlertTargets.Parse(parse.GetValue(Targets) ?? [], parse.GetValue(SecretEnv), parse.GetValue(RetryMax), parse.GetValue(Drain));

    /// <summary>Whether any of the four was given on the command line (for a host that takes them only with a watch).</summary>
    public bool AnyGiven(ParseResult parse) =>
        parse.GetResult(Targets) is { Implicit: false } || parse.GetResult(SecretEnv) is { Implicit: false }
        || parse.GetResult(RetryMax) is { Implicit: false } || parse.GetResult(Drain) is { Implicit: false };
}
