namespace Picket.Cluster.Grains;

/// <summary>
/// A vessel grain's checkpoint in grain storage: the library snapshot after the last applied epoch, and what that
/// epoch returned, so that an epoch sent again (after a silo died) is answered from the record, never applied twice;
/// and the run it belongs to (<see cref="RunCheckpoint"/>).
/// </summary>
[GenerateSerializer, Alias("picket.vessel-state")]
public sealed class VesselGrainState
{
    [Id(0)] public int Epoch { get; set; } = -1;
    [Id(1)] public byte[]? Snapshot { get; set; }
    [Id(2)] public byte[]? LastMessages { get; set; }
    [Id(3)] public int LastMessageCount { get; set; }
    [Id(4)] public string[] LastEvents { get; set; } = [];
    [Id(5)] public long[] LastEmitted { get; set; } = [];
    [Id(6)] public double[] LastConfidences { get; set; } = [];
    [Id(7)] public string? Run { get; set; }
}

/// <summary>A sea-cell grain's checkpoint: the snapshot after the last applied epoch and what it returned.</summary>
[GenerateSerializer, Alias("picket.cell-state")]
public sealed class CellGrainState
{
    [Id(0)] public int Epoch { get; set; } = -1;
    [Id(1)] public byte[]? Snapshot { get; set; }
    [Id(2)] public string[] LastEvents { get; set; } = [];
    [Id(3)] public Wire.SightingWire[] LastSightings { get; set; } = [];
    [Id(4)] public long[] LastEmitted { get; set; } = [];
    [Id(5)] public double[] LastConfidences { get; set; } = [];
    [Id(6)] public string? Run { get; set; }
}
