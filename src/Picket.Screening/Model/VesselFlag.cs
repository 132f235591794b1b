namespace Picket.Screening.Model;

/// <summary>A flag state as the list writes it (country name, not ISO code), current or former.</summary>
public readonly record struct VesselFlag(string Country, bool IsFormer);

/// <summary>
/// A link to an owner, operator or related party. <see cref="TargetId"/> is set when the owner
/// is itself an entry of a loaded list.
/// </summary>
public readonly record struct OwnerLink(string Name, string? TargetId);
