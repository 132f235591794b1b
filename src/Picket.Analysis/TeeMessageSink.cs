using Picket.Ais;
using Picket.Store.Ingest;

namespace Picket.Analysis;

/// <summary>
/// One decode pass, two consumers: the analysis feed and the store (which keeps every message, filtered or not).
/// When the input extends a file already stored, the store gets only the messages after that prefix
/// (<see cref="PrefixTrackingStream.PastBoundary"/>); the analysis gets them all.
/// </summary>
internal sealed class TeeMessageSink(IAisMessageSink first, IAisMessageSink? second, PrefixTrackingStream? content = null) : IAisMessageSink
{
    public void OnMessage(in AisPayload m)
    {
        first.OnMessage(m);
        if (content is { Boundary: > 0, PastBoundary: false }) return;
        second?.OnMessage(m);
    }
}
