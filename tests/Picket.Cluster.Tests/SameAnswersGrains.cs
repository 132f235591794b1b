using System.Reflection;
using Picket.Cluster.Grains;
using Picket.Cluster.Wire;

namespace Picket.Cluster.Tests;

/// <summary>
/// The cluster's grains in one process, for tests that need the epochs' logic and not the network: an
/// <see cref="IGrainFactory"/> that hands out one object per grain key, each running the grain's own epoch code
/// (<see cref="VesselEpochs"/>, <see cref="CellEpochs"/>) over a state kept in memory, as a silo keeps an active grain's.
/// Only <c>GetGrain&lt;T&gt;(long)</c> is served; anything else the client asked for would be a new dependency.
/// </summary>
internal static class SameAnswersGrains
{
    public static IGrainFactory Create()
    {
        var factory = DispatchProxy.Create<IGrainFactory, Factory>();
        ((Factory)(object)factory).Grains = [];
        return factory;
    }

    /// <summary>The factory behind the proxy (public for <see cref="DispatchProxy"/>, which derives from it).</summary>
    public class Factory : DispatchProxy
    {
        internal Dictionary<(Type, long), object> Grains { get; set; } = [];

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod is not { Name: "GetGrain", IsGenericMethod: true } || args is not [long key, ..])
                throw new NotSupportedException($"in-memory grains serve GetGrain<T>(long) only, not {targetMethod}");
            var type = targetMethod.GetGenericArguments()[0];
            if (!Grains.TryGetValue((type, key), out var grain))
                Grains[(type, key)] = grain = type == typeof(IVesselGrain) ? new Vessel(key)
                    : type == typeof(ICellGrain) ? new Cell(key)
                    : throw new NotSupportedException($"no in-memory grain for {type}");
            return grain;
        }
    }

    private sealed class Vessel(long key) : IVesselGrain
    {
        private readonly VesselEpochs _epochs = new(key, new MemoryState<VesselGrainState>());

        public Task<VesselMessages> RouteAsync(int epoch, byte[] items, long streamTicks, bool final) =>
            _epochs.RouteAsync(epoch, items, streamTicks, final);

        public Task<EpochOutput> DetectAsync(int epoch, byte[] items, long streamTicks, bool final, SightingWire[] sightings) =>
            _epochs.DetectAsync(epoch, items, streamTicks, final, sightings);
    }

    private sealed class Cell(long key) : ICellGrain
    {
        private readonly CellEpochs _epochs = new(key, new MemoryState<CellGrainState>());

        public Task<EpochOutput> ApplyAsync(CellBatch batch) => _epochs.ApplyAsync(batch);
    }

    private sealed class MemoryState<T> : IPersistentState<T>
        where T : new()
    {
        public T State { get; set; } = new();

        public string? Etag => null;

        public bool RecordExists { get; private set; }

        public Task ClearStateAsync()
        {
            (State, RecordExists) = (new T(), false);
            return Task.CompletedTask;
        }

        public Task WriteStateAsync()
        {
            RecordExists = true;
            return Task.CompletedTask;
        }

        public Task ReadStateAsync() => Task.CompletedTask;
    }
}
