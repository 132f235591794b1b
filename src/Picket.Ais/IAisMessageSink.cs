namespace Picket.Ais;

/// <summary>Receives decoded messages from <see cref="NmeaStreamReader"/>; the payload is valid only during the call.</summary>
public interface IAisMessageSink
{
    void OnMessage(in AisPayload message);
}
