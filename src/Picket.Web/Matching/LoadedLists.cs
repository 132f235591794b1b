using Picket.Screening.Lists;
using Picket.Screening.Sources;

namespace Picket.Web.Matching;

/// <summary>
/// The sanctions lists the server screens against, loaded off the start-up path (a full OFAC list takes seconds to
/// parse and index) and replaced whole after a list update; a request awaits the load in progress.
/// </summary>
internal sealed class LoadedLists
{
    private volatile Task<SanctionsLists> _current;

    public LoadedLists(ListStore store)
    {
        Store = store;
        _current = Task.Run(store.Load);
    }

    public ListStore Store { get; }

    public Task<SanctionsLists> Current => _current;

    /// <summary>Loads the lists afresh (after an update); requests keep the previous copy until the new one is ready.</summary>
    public async Task<SanctionsLists> ReloadAsync()
    {
        var next = await Task.Run(Store.Load).ConfigureAwait(false);
        _current = Task.FromResult(next);
        return next;
    }
}
