namespace Picket.Web.Tests;

/// <summary>
/// The test classes that post analyses to the assembly's one server, and those that compare what the server holds in
/// memory with its store: run one after another (xunit runs the classes of one collection sequentially), so that an
/// analysis committing meanwhile never makes a comparison read two different stores. Every other class still runs in parallel.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedStoreWriters
{
    public const string Name = "Shared store writers";
}
