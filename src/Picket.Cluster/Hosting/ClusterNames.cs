using Picket.Core.Detection;
using Picket.Core.Tracks;

namespace Picket.Cluster;

/// <summary>What every silo and client of one Picket cluster agrees on: ids, the storage name, the detector options.</summary>
internal static class ClusterNames
{
    public const string ClusterId = "picket";
    public const string ServiceId = "picket-detection";
    public const string Storage = "picket";

    /// <summary>
    /// The detectors' options: the defaults of <c>picket analyze</c>. The client refuses a request with other options,
    /// because the grains would not run them.
    /// </summary>
    public static DetectionOptions Detection { get; } = new();

    public static TrackBuilderOptions Tracks { get; } = new();
}
