namespace Picket.Cluster.Tests.Infrastructure;

/// <summary>
/// Where a server's program is: an environment variable names it on machines that keep it elsewhere, else the Debian
/// path, else the PATH. Nothing is installed from a test — <c>.ci/run</c> installs the Debian packages on a new machine.
/// </summary>
public static class ServerBinary
{
    /// <summary>The program, or null when it is nowhere to be found.</summary>
    public static string? Find(string environmentVariable, string debianPath, string name)
    {
        if (Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } named)
            return File.Exists(named) ? named : null;
        if (File.Exists(debianPath))
            return debianPath;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
