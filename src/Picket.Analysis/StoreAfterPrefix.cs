using Picket.Core.Observations;
using Picket.Store.Ingest;

namespace Picket.Analysis;

/// <summary>
/// The store's side of one decode pass. When the input extends a file already stored, the store gets only the
/// observations after that prefix (<see cref="PrefixTrackingStream.PastBoundary"/>); the analysis gets them all.
/// </summary>
internal sealed class StoreAfterPrefix(IObservationSink store, PrefixTrackingStream? content) : IObservationSink
{
    public void OnPosition(in PositionObservation position)
    {
        if (content is { Boundary: > 0, PastBoundary: false }) return;
        store.OnPosition(position);
    }

    public void OnIdentity(in IdentityObservation identity)
    {
        if (content is { Boundary: > 0, PastBoundary: false }) return;
        store.OnIdentity(identity);
    }
}
