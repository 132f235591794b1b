using Picket.Screening.Model;

namespace Picket.Screening.Batch;

/// <summary>The schema words a user types (<c>--schema vessel</c>, a CSV <c>schema</c> column) and the <see cref="EntitySchema"/> each means.</summary>
public static class SchemaNames
{
    /// <summary>The canonical words, in the order a usage message lists them.</summary>
    public static IReadOnlyList<string> All { get; } = ["vessel", "company", "organization", "person", "aircraft"];

    /// <summary>The schema named by <paramref name="text"/> (case-insensitive; "ship", "organisation", "individual" too); null for empty or unknown.</summary>
    public static EntitySchema? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "vessel" or "ship" => EntitySchema.Vessel,
        "company" => EntitySchema.Company,
        "organization" or "organisation" => EntitySchema.Organization,
        "person" or "individual" => EntitySchema.Person,
        "aircraft" => EntitySchema.Aircraft,
        _ => null,
    };
}
