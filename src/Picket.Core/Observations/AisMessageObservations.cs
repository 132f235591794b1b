using Picket.Ais;

namespace Picket.Core.Observations;

/// <summary>The decoder's sink that maps each message once (<see cref="AisObservations.Map"/>) and hands the observations on.</summary>
/// <param name="sink">Receives the observations of each message.</param>
public sealed class AisMessageObservations(IObservationSink sink) : IAisMessageSink
{
    /// <inheritdoc/>
    public void OnMessage(in AisPayload message) => AisObservations.Map(message, sink);
}
