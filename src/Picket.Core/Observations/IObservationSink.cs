namespace Picket.Core.Observations;

/// <summary>
/// Receives observations in input order: the analysis feed, the store, or a tee of both. For a message that carries
/// a position and an identity (type 19, a CSV row) the position comes first.
/// </summary>
public interface IObservationSink
{
    /// <summary>Takes one position report (types 1–3, 18, 19, 27 or a CSV row), including those without a time or position.</summary>
    void OnPosition(in PositionObservation position);

    /// <summary>Takes one static report (types 5, 19, 24 or a CSV row's identity columns).</summary>
    void OnIdentity(in IdentityObservation identity);
}
