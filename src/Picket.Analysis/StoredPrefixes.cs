using Picket.Core.Input;
using Picket.Store;
using Picket.Store.Ingest;

namespace Picket.Analysis;

/// <summary>For each NMEA input, the prefix of it the store already holds (a log that grew, a re-download of a truncated file).</summary>
internal static class StoredPrefixes
{
    public static Dictionary<string, ContentPrefix> Find(StoreDatabase store, IEnumerable<string> inputs, Action<string> notice)
    {
        var found = new Dictionary<string, ContentPrefix>(StringComparer.Ordinal);
        foreach (var file in inputs)
        {
            try
            {
                if (file == "-" || AisInput.Sniff(file) != AisInputFormat.Nmea) continue; // CSV is keyed by the file hash only; stdin has no prefix
                if (ContentPrefix.FindExtended(store.Connection, file) is { } prefix)
                {
                    found[file] = prefix;
                    notice($"{file} begins with {prefix.Lines:N0} lines already in the store; only what follows is added to it");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // Unreadable here means unreadable when read: that read reports it.
            }
        }
        return found;
    }
}
