namespace Picket.Cluster.Wire;

/// <summary>
/// An epoch of one run — one <c>picket cluster analyze</c>, named by the client with a fresh GUID — as a grain is
/// called with it. <paramref name="First"/> says the grain has not been sent an earlier epoch of this run (a vessel
/// first heard, a cell first reached): only then may a grain whose checkpoint belongs to another run start clean.
/// </summary>
/// <param name="Run">The run's id.</param>
/// <param name="Epoch">The epoch's number in the run (0, 1, …).</param>
/// <param name="First">No earlier epoch of this run was sent to the grain.</param>
[GenerateSerializer, Immutable, Alias("picket.run-epoch")]
public sealed record RunEpoch([property: Id(0)] string Run, [property: Id(1)] int Epoch, [property: Id(2)] bool First);
