using System.Globalization;
using System.Text;
using Picket.Analysis.Live;
using Picket.Reporting.Alerts;

namespace Picket.Cli.Commands;

/// <summary>
/// The <c>--alerts URL|FILE</c> targets of <c>picket watch</c>: an http(s) URL is a webhook signed with the secret in the
/// environment variable <c>--alerts-secret-env</c> names (a secret on the command line would be in every process listing
/// and shell history: OWASP Secrets Management Cheat Sheet), anything else a JSON Lines file.
/// </summary>
internal sealed record WatchAlertTargets(IReadOnlyList<string> Files, IReadOnlyList<WebhookTarget> Webhooks, TimeSpan Drain)
{
    public static WatchAlertTargets Parse(IReadOnlyList<string> targets, string? secretEnv, double retryMaxSeconds, double drainSeconds)
    {
        if (!(retryMaxSeconds >= 0.5) || !(drainSeconds >= 0))
            throw CliError.Usage("--alerts-retry-max takes seconds of at least 0.5, --alerts-drain seconds of at least 0");
        var files = new List<string>();
        var hooks = new List<WebhookTarget>();
        foreach (var target in targets)
        {
            if (string.IsNullOrWhiteSpace(target)) throw CliError.Usage("--alerts takes a URL or a file, not an empty text");
            if (!target.Contains("://", StringComparison.Ordinal))
            {
                files.Add(target);
                continue;
            }
            if (!Uri.TryCreate(target, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                throw CliError.Usage($"--alerts {target}: a webhook is an http:// or https:// URL (anything without :// is a file)");
            hooks.Add(new WebhookTarget { Url = url, Secret = Secret(secretEnv, target), MaxBackoff = TimeSpan.FromSeconds(retryMaxSeconds) });
        }
        return new WatchAlertTargets(files, hooks, TimeSpan.FromSeconds(drainSeconds));
    }

    private static byte[] Secret(string? env, string target)
    {
        if (string.IsNullOrEmpty(env))
            throw CliError.Usage($"--alerts {target}: a webhook needs --alerts-secret-env NAME, the environment variable holding its signing secret");
        var value = Environment.GetEnvironmentVariable(env);
        if (string.IsNullOrEmpty(value))
            throw CliError.Usage($"--alerts-secret-env {env}: that environment variable is not set");
        var secret = Encoding.UTF8.GetBytes(value);
        if (secret.Length < 16)
            throw CliError.Usage($"--alerts-secret-env {env}: the secret is {secret.Length} bytes; give at least 16 (32 random bytes is best)");
        return secret;
    }

    /// <summary>A target's counters for the status line and the summary.</summary>
    public static string Describe(LiveDeliveryStatus d) => string.Create(CultureInfo.InvariantCulture,
        $"{d.Delivered:N0} delivered, {d.Failures:N0} failed attempts, {d.Refused:N0} refused, {d.PendingBytes:N0} bytes pending{(d.Skipped > 0 ? $", {d.Skipped:N0} already had" : "")}{(d.BadLines > 0 ? $", {d.BadLines:N0} bad lines" : "")}");
}
