namespace Picket.Analysis.Live;

/// <summary>
/// Where a watch's memory is, in a <see cref="LiveStatus"/>: the process's resident set split into the managed heap
/// (what the garbage collector holds and has committed) and the native rest (the runtime, the code, DuckDB's buffer
/// pool), and what the analysis holds per vessel. A long-running watch must stay flat while new MMSIs keep arriving;
/// these numbers show which part climbs when it does not.
/// </summary>
/// <param name="WorkingSetBytes">The process's resident set now (<see cref="Environment.WorkingSet"/>).</param>
/// <param name="ManagedHeapBytes">Bytes of live managed objects plus garbage not yet collected (<see cref="GC.GetTotalMemory(bool)"/>).</param>
/// <param name="ManagedCommittedBytes">Memory the garbage collector has committed from the OS (<see cref="GCMemoryInfo.TotalCommittedBytes"/> at the last collection).</param>
/// <param name="StoreBytes">DuckDB's own memory (sum of <c>duckdb_memory()</c>), or null without a store.</param>
/// <param name="TrackedVessels">MMSIs with an open track (the track builder; forgotten after the maximum gap of silence).</param>
/// <param name="Identities">MMSIs with an identity timeline (forgotten after the identity retention).</param>
/// <param name="Hulls">Hulls whose activity is kept for the voyage stage.</param>
/// <param name="DetectorRecords">Records the detectors hold (segments, silences, hulls, runs, held events; <c>SeaEventDetectors.HeldState</c>).</param>
public sealed record LiveMemory(long WorkingSetBytes, long ManagedHeapBytes, long ManagedCommittedBytes, long? StoreBytes,
    int TrackedVessels, int Identities, int Hulls, int DetectorRecords)
{
    /// <summary>The resident set less the managed heap's committed memory: the runtime, code, native libraries and DuckDB.</summary>
    public long NativeBytes => Math.Max(0, WorkingSetBytes - ManagedCommittedBytes);

    /// <summary>Reads the process's figures now; the per-vessel counts and the store's are given.</summary>
    public static LiveMemory Now(long? storeBytes, int trackedVessels, int identities, int hulls, int detectorRecords) =>
        new(Environment.WorkingSet, GC.GetTotalMemory(forceFullCollection: false), GC.GetGCMemoryInfo().TotalCommittedBytes,
            storeBytes, trackedVessels, identities, hulls, detectorRecords);
}
