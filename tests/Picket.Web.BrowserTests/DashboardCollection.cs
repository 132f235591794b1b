namespace Picket.Web.BrowserTests;

/// <summary>One demo store, one server and one browser for every test class (building them takes about a minute).</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardSite>
{
    public const string Name = "dashboard";
}
