using System.Net;

namespace Picket.Screening.Sources;

/// <summary>What bounds a list update: bytes per file (null: the list's own default) and the shrink check.</summary>
/// <param name="MaxBytes">Largest file accepted; a larger download is refused.</param>
/// <param name="MaxShrink">Largest share of entities a new copy may lose against the stored one (see <see cref="ListShrinkGuard"/>).</param>
/// <param name="Force">Accept a copy that shrank more.</param>
public sealed record ListUpdateLimits(long? MaxBytes, double MaxShrink, bool Force);

/// <summary>How the update of one list ended.</summary>
/// <param name="List">The list's name (<c>un</c>, <c>ofac</c>, …).</param>
/// <param name="Manifest">The new copy's manifest when it was swapped in; null when the previous copy was kept.</param>
/// <param name="Before">The manifest of the copy it replaced, if any.</param>
/// <param name="Refused">True when a bound or check refused the copy (size, redirect, shrink), as opposed to a failure.</param>
/// <param name="Reason">Why the previous copy was kept; null when updated.</param>
/// <param name="Url">Where the list's first file came from.</param>
public sealed record ListUpdateOutcome(string List, ListManifest? Manifest, ListManifest? Before, bool Refused, string? Reason, string Url)
{
    /// <summary>True when a new copy was swapped in.</summary>
    public bool Updated => Manifest is not null;
}

/// <summary>
/// Updates official lists in a <see cref="ListStore"/>: each is downloaded into a staging folder, parsed completely,
/// checked against the stored copy's size, and swapped in; a list that fails or is refused keeps its previous copy.
/// </summary>
public static class ListUpdater
{
    /// <summary>How a refusal (a bound or check hit) begins its reason, in <see cref="ListDownloader"/> and <see cref="ListShrinkGuard"/>.</summary>
    private const string RefusedPrefix = "refused: ";

    /// <summary>Updates <paramref name="lists"/> one after the other; null when another update or load holds the store's lock.</summary>
    /// <param name="store">The lists directory to update.</param>
    /// <param name="lists">The lists to fetch (<see cref="OfficialLists.All"/> or some of them).</param>
    /// <param name="mirror">Fetch BASE/LIST/FILE instead of the publishers' URLs; null for the publishers.</param>
    /// <param name="timeout">Bound on each file's download.</param>
    /// <param name="limits">Bounds on size and shrinkage.</param>
    /// <param name="onList">Told of each list's outcome as soon as it is known.</param>
    /// <param name="ct">Stops between and within downloads; the list being updated keeps its previous copy.</param>
    public static async Task<IReadOnlyList<ListUpdateOutcome>?> UpdateAsync(ListStore store, IReadOnlyList<OfficialList> lists, Uri? mirror, TimeSpan timeout,
        ListUpdateLimits limits, Action<ListUpdateOutcome>? onList = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(limits);
        using var storeLock = store.TryLock();
        if (storeLock is null)
        {
            return null;
        }

        // Redirects are followed by ListDownloader, which refuses any but http(s) and bounds their number.
        using var handler = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("picket-lists/1.0");
        var outcomes = new List<ListUpdateOutcome>();
        foreach (var list in lists)
        {
            var downloader = new ListDownloader(http, timeout, limits.MaxBytes ?? list.MaxBytes);
            var files = list.FilesFrom(mirror);
            var outcome = await UpdateOneAsync(store, list, files, downloader, limits, ct).ConfigureAwait(false);
            outcomes.Add(outcome);
            onList?.Invoke(outcome);
        }

        return outcomes;
    }

    private static async Task<ListUpdateOutcome> UpdateOneAsync(ListStore store, OfficialList list, OfficialFile[] files, ListDownloader downloader,
        ListUpdateLimits limits, CancellationToken ct)
    {
        ListUpdateOutcome Kept(string reason) => reason.StartsWith(RefusedPrefix, StringComparison.Ordinal)
            ? new(list.Name, null, null, true, reason[RefusedPrefix.Length..], files[0].Url)
            : new(list.Name, null, null, false, reason, files[0].Url);

        var staging = store.CreateStaging(list.Name);
        try
        {
            var stored = new List<ManifestFile>();
            foreach (var file in files)
            {
                var (got, error) = await downloader.DownloadAsync(file, Path.Combine(staging, file.Name), ct).ConfigureAwait(false);
                if (got is null)
                {
                    return Kept(error is not null && error.StartsWith(RefusedPrefix, StringComparison.Ordinal) ? error : "download failed: " + error);
                }

                stored.Add(got);
            }

            var validation = ListStore.Validate(staging, list.Format);
            if (!validation.Succeeded)
            {
                return Kept("downloaded files rejected: " + validation.Error);
            }

            if (ListShrinkGuard.Refusal(store, list.Name, validation.Entities, limits.MaxShrink, limits.Force) is { } refusal)
            {
                return Kept(refusal);
            }

            var manifest = validation.Manifest(list.Name, "downloaded", stored);
            manifest.Write(staging);
            var before = ListManifest.TryRead(Path.Combine(store.Root, list.Name), out _);
            store.Swap(list.Name, staging);
            return new ListUpdateOutcome(list.Name, manifest, before, false, null, files[0].Url);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Kept("cannot write the lists directory: " + ex.Message);
        }
        finally
        {
            ListStore.DeleteQuietly(staging);
        }
    }
}
