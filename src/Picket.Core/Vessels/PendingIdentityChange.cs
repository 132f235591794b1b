namespace Picket.Core.Vessels;

/// <summary>The identity before an unconfirmed change, and when the change was first seen.</summary>
internal sealed record PendingIdentityChange(VesselIdentity Before, DateTimeOffset Time, IReadOnlyList<string> Fields);
