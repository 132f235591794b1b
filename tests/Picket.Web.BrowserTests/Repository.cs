using Picket.Testing;

namespace Picket.Web.BrowserTests;

/// <summary>The dashboard's build script and output in the checkout the tests run from (<see cref="SharedData.RepoRoot"/>).</summary>
internal static class Repository
{
    public static string? Root => SharedData.RepoRoot;

    public static string DashboardBuildScript => Path.Combine(Root!, "src", "Picket.Web", "dashboard", "build.sh");

    public static string StaticFiles => Path.Combine(Root!, "src", "Picket.Web", "wwwroot");
}
