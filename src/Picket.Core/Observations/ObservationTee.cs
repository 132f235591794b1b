namespace Picket.Core.Observations;

/// <summary>
/// One decode, two consumers: every observation goes to <paramref name="first"/> (the analysis) and then to
/// <paramref name="second"/> (the store), so no message is read from its bits twice.
/// </summary>
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
