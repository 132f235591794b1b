using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Core.Voyages;

/// <summary>
/// The stage after detection, once the detectors are flushed: builds every hull's voyages from the collected activity,
/// finds the laundering chains across them and emits each chain as a <c>laundering_chain</c> event into the same sink
/// as the detectors' events. Returns the voyages, per MMSI, for the assessment and the outputs.
/// </summary>
/// <param name="voyageOptions">Voyage and draught settings; the defaults when null.</param>
/// <param name="chainOptions">The chain rule's settings; the defaults when null.</param>
public sealed class VoyageStage(VoyageOptions? voyageOptions = null, ChainOptions? chainOptions = null)
{
    private readonly VoyageBuilder _builder = new(voyageOptions);
    private readonly LaunderingChainFinder _finder = new(chainOptions, voyageOptions);
    private readonly ChainOptions _chainOptions = chainOptions ?? ChainOptions.Default;

    /// <summary>Builds every hull's voyages, finds the chains, emits them into <paramref name="events"/> and returns both.</summary>
    /// <param name="hulls">What the collector gathered during detection.</param>
    /// <param name="events">Receives the <c>laundering_chain</c> events.</param>
    /// <param name="resolve">Fills IMO and name of the chains' vessels.</param>
    /// <param name="isListed">Tells whether an MMSI is a listed vessel; null when no lists are loaded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hulls"/> or <paramref name="events"/> is null.</exception>
    public VoyageResults Run(HullActivityCollector hulls, IEventSink events, Func<Mmsi, EventVessel> resolve, Func<Mmsi, bool>? isListed = null)
    {
        ArgumentNullException.ThrowIfNull(hulls);
        ArgumentNullException.ThrowIfNull(events);
        var byMmsi = new Dictionary<uint, IReadOnlyList<Voyage>>();
        foreach (var h in hulls.Hulls)
        {
            var voyages = _builder.Build(h);
            if (voyages.Count > 0) byMmsi[h.Mmsi.Value] = voyages;
        }
        var chains = _finder.Find(hulls.Hulls, isListed);
        var chainEvents = new List<PicketEvent>(chains.Count);
        foreach (var chain in chains)
        {
            var e = ChainEvents.ToEvent(chain, resolve, _chainOptions);
            chainEvents.Add(e);
            events.Emit(e);
        }
        return new VoyageResults(byMmsi, chainEvents);
    }
}

/// <summary>Every hull's voyages and the chain events found across them.</summary>
/// <param name="ByMmsi">Each hull's voyages by MMSI value; hulls without a voyage are absent.</param>
/// <param name="Chains">The <c>laundering_chain</c> events emitted, in emission order.</param>
public sealed record VoyageResults(IReadOnlyDictionary<uint, IReadOnlyList<Voyage>> ByMmsi, IReadOnlyList<PicketEvent> Chains)
{
    /// <summary>The voyages of <paramref name="mmsi"/>, empty when it has none.</summary>
    public IReadOnlyList<Voyage> Of(Mmsi mmsi) => ByMmsi.GetValueOrDefault(mmsi.Value) ?? [];
}
