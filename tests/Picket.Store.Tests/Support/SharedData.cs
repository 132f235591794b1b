namespace Picket.Store.Tests.Support;

/// <summary>Finds <c>../shared/data</c> beside the checkout; tests that need it skip with a reason when it is absent.</summary>
internal static class SharedData
{
    /// <summary>The path of a shared data file, or skips the calling test when the shared data are not beside the checkout.</summary>
    public static string Require(params string[] parts)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root != null && !File.Exists(Path.Combine(root.FullName, "global.json"))) root = root.Parent;
        string? dir = root == null ? null : Path.GetFullPath(Path.Combine(root.FullName, "..", "shared", "data"));
        if (dir == null || !Directory.Exists(dir)) Assert.Skip("../shared/data is not beside this checkout (a fresh clone); this test needs the real AIS logs from it.");
        string path = Path.Combine([dir!, .. parts]);
        if (!File.Exists(path)) Assert.Skip($"{path} is missing from ../shared/data.");
        return path;
    }
}
