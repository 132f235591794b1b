using Xunit;

namespace Picket.Testing;

/// <summary>
/// Locates the shared data (real AIS logs, sanctions lists, other tools' outputs) kept in <c>../shared/data</c> beside
/// the checkout — the directory holding global.json — and never copied into the repository. A fresh clone has none,
/// so every test that needs it skips with the reason instead of failing.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The checkout's root (the directory holding global.json above the running binaries), or null.</summary>
    public static string? RepoRoot => Root.Value;

    /// <summary>The full path of <c>../shared/data</c>, or null when it is not beside the checkout.</summary>
    public static string? Directory
    {
        get
        {
            if (Root.Value is not { } root)
                return null;
            var dir = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
            return System.IO.Directory.Exists(dir) ? dir : null;
        }
    }

    /// <summary>The path of a file or folder under shared/data, or null with the reason it is missing.</summary>
    public static string? Find(out string missing, params string[] parts)
    {
        missing = "";
        if (Directory is not { } dir)
        {
            missing = Root.Value is null
                ? $"the checkout's root (global.json) is not above {AppContext.BaseDirectory}, so ../shared/data cannot be found"
                : "../shared/data is not beside this checkout (a fresh clone); this test needs the real data from it";
            return null;
        }
        var path = Path.Combine([dir, .. parts]);
        if (File.Exists(path) || System.IO.Directory.Exists(path))
            return path;
        missing = $"{path} is missing from ../shared/data";
        return null;
    }

    /// <summary>The shared <c>lists</c> folder when it holds both the UN consolidated list (<c>un/consolidated.xml</c>)
    /// and the OFAC SDN files (<c>ofac/sdn.csv</c>), or null with the reason it does not.</summary>
    public static string? FindLists(out string missing)
    {
        var un = Find(out missing, "lists", "un", "consolidated.xml");
        var ofac = un is null ? null : Find(out missing, "lists", "ofac", "sdn.csv");
        return ofac is null ? null : Path.GetDirectoryName(Path.GetDirectoryName(ofac));
    }

    /// <summary>The path of a file or folder under shared/data; skips the calling test, with the reason, when it is absent.</summary>
    public static string Require(params string[] parts)
    {
        var path = Find(out var missing, parts);
        if (path is null)
            Assert.Skip(missing); // throws: xunit reports the test as skipped with this reason
        return path!;
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json")))
                return dir.FullName;
        }
        return null;
    }
}
