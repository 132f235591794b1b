using Picket.Screening.Lists.Ofac;
using Picket.Screening.Lists.Un;
using Picket.Screening.Matching;
using Picket.Screening.Model;

namespace Picket.Screening.Lists;

/// <summary>
/// Everything loaded from a lists directory: one <see cref="ListLoadResult"/> per list found and the screener over
/// all entities of the lists that loaded. The entry point for a CLI:
/// <code>
/// var lists = SanctionsLists.LoadDirectory(dir);
/// var hits = lists.Screener.Screen(new ScreeningQuery(Name: "KIM JONG UN", Schema: EntitySchema.Person));
/// var pair = NameScorer.Default.Compare("Kim Chong-un", "KIM, Jong Un");
/// </code>
/// </summary>
public sealed class SanctionsLists
{
    SanctionsLists(IReadOnlyList<ListLoadResult> results, ScreeningOptions? options)
    {
        Results = results;
        // The same entry may arrive twice (an extract beside the full list, two exports of one list): first wins.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entities = new List<SanctionedEntity>();
        foreach (var e in results.Where(r => r.Succeeded).SelectMany(r => r.Entities))
        {
            if (seen.Add(e.Id))
            {
                entities.Add(e);
            }
            else
            {
                DuplicateEntities++;
            }
        }

        Entities = OwnerLinks.Resolve(entities);
        Screener = new Screener(Entities, options);
    }

    /// <summary>One result per list read, rejected ones included, in load order.</summary>
    public IReadOnlyList<ListLoadResult> Results { get; }

    /// <summary>The entities of every list that loaded, each id once, owner links resolved across lists.</summary>
    public IReadOnlyList<SanctionedEntity> Entities { get; }

    /// <summary>Entries dropped because an earlier list already gave an entity with the same id.</summary>
    public int DuplicateEntities { get; }

    /// <summary>A screener over <see cref="Entities"/>, built once; thread-safe.</summary>
    public Screener Screener { get; }

    /// <summary>
    /// Loads every list found under <paramref name="directory"/> (searched recursively): a folder holding
    /// <c>sdn.csv</c> is OFAC's legacy CSV; XML files are recognised by their root element (UN CONSOLIDATED_LIST,
    /// EU export, UK Designations, OFAC sdnList / Sanctions / ENHANCED); <c>*.ftm.json</c> / <c>*.jsonl</c> files are
    /// OpenSanctions FollowTheMoney entities. A list that fails to load is reported and left out.
    /// </summary>
    public static SanctionsLists LoadDirectory(string directory, ScreeningOptions? options = null)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"lists directory '{directory}' does not exist");
        }

        var results = new List<ListLoadResult>();
        foreach (var sdn in Directory.EnumerateFiles(directory, "sdn.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            results.Add(OfacSdnCsvParser.LoadDirectory(Path.GetDirectoryName(sdn)!));
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var result = ListFormats.LoadFile(file);
            if (result is not null)
            {
                results.Add(result);
            }
        }

        return new SanctionsLists(results, options);
    }

    /// <summary>Builds the screener over results already loaded (e.g. by the individual parsers).</summary>
    public static SanctionsLists FromResults(IEnumerable<ListLoadResult> results, ScreeningOptions? options = null) =>
        new([.. results], options);
}
