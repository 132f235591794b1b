namespace Picket.Ais.Tests;

/// <summary>Finds <c>../shared/data</c> beside the checkout; tests that need it skip with a reason when it is absent.</summary>
internal static class SharedData
{
    public static string RepoRoot { get; } = FindRoot();

    public static string? Directory
    {
        get
        {
            string dir = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return System.IO.Directory.Exists(dir) ? dir : null;
        }
    }

    /// <summary>The path of a shared data file, or skips the calling test when the shared data are not beside the checkout.</summary>
    public static string Require(params string[] parts)
    {
        string? dir = Directory;
        if (dir == null) Assert.Skip("../shared/data is not beside this checkout (a fresh clone); this test needs the real AIS logs from it.");
        string path = Path.Combine([dir!, .. parts]);
        if (!File.Exists(path) && !System.IO.Directory.Exists(path)) Assert.Skip($"{path} is missing from ../shared/data.");
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "global.json"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("global.json not found above the test assembly");
    }
}
