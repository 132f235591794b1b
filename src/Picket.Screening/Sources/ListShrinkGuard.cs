using System.Globalization;

namespace Picket.Screening.Sources;

/// <summary>
/// The sanity check before a list replaces the stored one: a publication that is valid but far smaller than the
/// list it would replace (one record instead of the UN's thousand) is far more likely a broken or hostile mirror than a
/// mass delisting, and screening against it would silently miss nearly everyone. Such a replacement is refused unless
/// forced; growth and ordinary shrinkage pass.
/// </summary>
public static class ListShrinkGuard
{
    /// <summary>The default bound: refuse a list with fewer than half the entities of the one it replaces.</summary>
    public const double DefaultMaxShrink = 0.5;

    /// <summary>
    /// Null when <paramref name="newEntities"/> may replace the list stored under <paramref name="name"/>, else why
    /// not. A previous list without a readable manifest is not compared (nothing to compare with).
    /// </summary>
    public static string? Refusal(ListStore store, string name, int newEntities, double maxShrink, bool force)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (force)
        {
            return null;
        }

        var previous = ListManifest.TryRead(Path.Combine(store.Root, name), out _);
        if (previous is null || previous.Entities <= 0)
        {
            return null;
        }

        var shrink = 1.0 - (double)newEntities / previous.Entities;
        if (shrink <= maxShrink)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"refused: the new list has {newEntities} entities and the stored one {previous.Entities}, a shrink of {shrink:P1}, " +
            $"more than the {maxShrink:P0} allowed (--max-shrink); use --force to replace it anyway");
    }
}
