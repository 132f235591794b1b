namespace Picket.Screening.Model;

/// <summary>A flag state as the list writes it (country name, not ISO code), current or former.</summary>
/// <param name="Country">The flag state as written.</param>
/// <param name="IsFormer">True for a flag the vessel flew before.</param>
public readonly record struct VesselFlag(string Country, bool IsFormer);

/// <summary>
/// A link to an owner, operator or related party. <see cref="TargetId"/> is set when the owner
/// is itself an entry of a loaded list.
/// </summary>
/// <param name="Name">The owner as the list writes it.</param>
/// <param name="TargetId">The id of the list entry it resolves to; null when none does.</param>
public readonly record struct OwnerLink(string Name, string? TargetId);
