using Picket.Screening.Model;
using Picket.Screening.Names;

namespace Picket.Screening.Lists;

/// <summary>
/// Lists name an owner or linked party in text ("Linked To: NATIONAL IRANIAN TANKER COMPANY", Vess_owner, UK
/// CurrentOwnerOperator, FtM owner ids). After loading, a link whose text is exactly (after normalisation) the name of
/// a loaded entity, or its id, gets that entity's id, so a vessel hit can lead to its sanctioned owner.
/// Ambiguous names (two entities answer to it) stay unresolved rather than guessed.
/// </summary>
internal static class OwnerLinks
{
    public static List<SanctionedEntity> Resolve(List<SanctionedEntity> entities)
    {
        if (!entities.Exists(e => e.Owners.Count > 0))
        {
            return entities;
        }

        // Primary names first: an alias of one entry often repeats another entry's primary name (NITC and NITC LLC).
        var byPrimary = new Dictionary<string, string?>(StringComparer.Ordinal);
        var byAlias = new Dictionary<string, string?>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            ids.Add(e.Id);
            foreach (var n in e.Names)
            {
                var map = n.Kind == NameKind.Primary ? byPrimary : n.Kind == NameKind.Alias ? byAlias : null;
                if (map is not null)
                {
                    var fold = NameNormalizer.Fold(n.Value);
                    // null marks a name two entities share
                    map[fold] = map.TryGetValue(fold, out var prev) && prev != e.Id ? null : e.Id;
                }
            }
        }

        var result = new List<SanctionedEntity>(entities.Count);
        foreach (var e in entities)
        {
            if (e.Owners.Count == 0)
            {
                result.Add(e);
                continue;
            }

            var owners = e.Owners.Select(o => o with { TargetId = Target(o.Name, e, ids, byPrimary, byAlias) }).ToArray();
            result.Add(e.WithOwners(owners));
        }

        return result;
    }

    static string? Target(string text, SanctionedEntity from, HashSet<string> ids, Dictionary<string, string?> byPrimary, Dictionary<string, string?> byAlias)
    {
        var prefixed = from.Id[..(from.Id.IndexOf('-') + 1)] + text;
        if (ids.Contains(prefixed))
        {
            return prefixed; // FtM owner given as an entity id
        }

        var fold = NameNormalizer.Fold(text);
        var id = byPrimary.TryGetValue(fold, out var p) ? p : byAlias.GetValueOrDefault(fold);
        return id != from.Id ? id : null;
    }
}
