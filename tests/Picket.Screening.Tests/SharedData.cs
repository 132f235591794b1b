namespace Picket.Screening.Tests;

/// <summary>
/// Locates <c>../shared/data</c> beside the repository (the directory holding global.json) and skips the calling
/// test with a clear reason when it is absent, as in a fresh clone.
/// </summary>
internal static class SharedData
{
    static readonly Lazy<string?> Root = new(Find);

    public static string? DataDirectory => Root.Value;

    /// <summary>Full path of <paramref name="relative"/> under shared/data, or skips the test.</summary>
    public static string PathOrSkip(string relative)
    {
        var root = Root.Value;
        if (root is null)
        {
            Assert.Skip("../shared/data not found beside the repository root; shared test data is not available here");
        }

        var path = Path.Combine(root, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"shared test data '{relative}' not found under {root}");
        }

        return path;
    }

    static string? Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "global.json")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            return null;
        }

        var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        return Directory.Exists(data) ? data : null;
    }
}
