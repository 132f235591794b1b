namespace Picket.Core.Observations;

/// <summary>
/// One decode, two consumers: every observation goes to <paramref name="first"/> (the analysis) and then to
/// <paramref name="second"/> (the store), so no message is read from its bits twice.
/// </summary>
/// <param name="first">Receives each observation first (the analysis).</param>
/// <param name="second">Receives it next (the store).</param>
public sealed class ObservationTee(IObservationSink first, IObservationSink second) : IObservationSink
{
    /// <inheritdoc/>
    public void OnPosition(in PositionObservation position)
    {
        first.OnPosition(position);
        second.OnPosition(position);
    }

    /// <inheritdoc/>
    public void OnIdentity(in IdentityObservation identity)
    {
        first.OnIdentity(identity);
        second.OnIdentity(identity);
    }
}
