namespace Picket.Web.BrowserTests;

/// <summary>The checkout the tests run from (the folder holding Picket.slnx), found by walking up from the test binaries.</summary>
internal static class Repository
{
    public static string? Root { get; } = Find();

    public static string DashboardBuildScript => Path.Combine(Root!, "src", "Picket.Web", "dashboard", "build.sh");

    public static string StaticFiles => Path.Combine(Root!, "src", "Picket.Web", "wwwroot");

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Picket.slnx"))) return dir.FullName;
        return null;
    }
}
