namespace Picket.Core.Observations;

/// <summary>
/// Receives observations in input order: the analysis feed, the store, or a tee of both. For a message that carries
/// a position and an identity (type 19, a CSV row) the position comes first.
/// </summary>
public interface IObservationSink
{
    void OnPosition(in PositionObservation position);

    void OnIdentity(in IdentityObservation identity);
}
