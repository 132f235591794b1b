namespace Picket.Ais;

/// <summary>Receives decoded messages from <see cref="NmeaStreamReader"/>; the payload is valid only during the call.</summary>
public interface IAisMessageSink
{
    /// <summary>Called once per decoded message, in input order; copy what must outlive the call.</summary>
    void OnMessage(in AisPayload message);
}
