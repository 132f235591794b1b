using Picket.Ais.Payload;

namespace Picket.Ais.Messages;

/// <summary>A typed AIS message that can write itself back to wire bits.</summary>
public interface IAisMessage
{
    /// <summary>Writes the message in its standard layout.</summary>
    void Write(ref BitWriter w);
}
