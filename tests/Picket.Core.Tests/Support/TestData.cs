namespace Picket.Core.Tests.Support;

/// <summary>Finds ../shared/data beside the repository (the directory holding global.json), or skips the test.</summary>
internal static class TestData
{
    public static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json")))
                return dir.FullName;
        }
        return null;
    }

    /// <summary>The path of a file under shared/data; skips the calling test when it is absent.</summary>
    public static string Require(params string[] parts)
    {
        var root = RepoRoot();
        if (root is null)
            Assert.Skip("Repository root (global.json) not found above the test binaries.");
        var path = Path.Combine([root, "..", "shared", "data", .. parts]);
        if (!File.Exists(path))
            Assert.Skip($"Shared test data not present: {Path.GetFullPath(path)} (needs ../shared/data beside the repository).");
        return path;
    }

    public static void Report(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}
