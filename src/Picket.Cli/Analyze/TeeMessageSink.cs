using Picket.Ais;

namespace Picket.Cli.Analyze;

/// <summary>One decode pass, two consumers: the analysis feed and the store (which keeps every message, filtered or not).</summary>
internal sealed class TeeMessageSink(IAisMessageSink first, IAisMessageSink? second) : IAisMessageSink
{
    public void OnMessage(in AisPayload m)
    {
        first.OnMessage(m);
        second?.OnMessage(m);
    }
}
