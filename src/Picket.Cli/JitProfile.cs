using System.Runtime;

namespace Picket.Cli;

/// <summary>
/// Multi-core JIT (<see cref="ProfileOptimization"/>): a run records which methods it compiled, and the next run of the
/// same command compiles them ahead on a spare core while the main thread works, instead of one by one as they are
/// first called. An analysis compiles about 1,500 methods fully optimised (the CLI turns tier-0 off for throughput);
/// about half of them are first called after the input has been read (screening, voyages, risk, the report), where a
/// single thread ran and the second core idled, so their compilation was most of that serial tail. Best effort: a
/// profile that cannot be written or read (read-only temp directory, a build that changed the assemblies) only means
/// the methods are compiled on demand as before. <c>PICKET_JIT_PROFILE=0</c> turns it off.
/// </summary>
internal static class JitProfile
{
    public static void Start(string[] args)
    {
        if (Environment.GetEnvironmentVariable("PICKET_JIT_PROFILE") == "0") return;
        // One profile per command: each compiles a different set of methods.
        var command = args.Length > 0 && args[0].Length is > 0 and <= 16 && args[0].All(char.IsAsciiLetterLower) ? args[0] : "picket";
        try
        {
            var root = Path.Combine(Path.GetTempPath(), "picket-jit");
            Directory.CreateDirectory(root);
            ProfileOptimization.SetProfileRoot(root);
            ProfileOptimization.StartProfile(command + ".jitprofile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No profile: methods are compiled on first call, as without one.
        }
    }
}
