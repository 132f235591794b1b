using Picket.Core.Events;
using Picket.Core.Vessels;

namespace Picket.Core.Detection;

/// <summary>
/// An encounter the detector holds but has not judged: the pair has been within the encounter distance from
/// <see cref="Start"/> to <see cref="LastTogether"/> (grid instants, so the detector's clock is up to the interpolation
/// limit behind the feed). <see cref="Start"/> is the start the event will have, so <see cref="EventId"/> is the id it
/// will be emitted under if it passes the rules.
/// </summary>
/// <param name="A">The vessel with the lower MMSI.</param>
/// <param name="B">The other vessel.</param>
/// <param name="Start">First grid instant together (of the earliest run the pair's runs merge into).</param>
/// <param name="LastTogether">Latest grid instant together.</param>
/// <param name="GridSteps">Grid instants within the distance so far.</param>
/// <param name="InPort">The pair is within the port exclusion radius (runs never mix port and sea instants).</param>
/// <param name="Together">The pair is still within the distance at the detector's clock (false while a finished run waits to merge).</param>
public readonly record struct OpenEncounter(Mmsi A, Mmsi B, DateTimeOffset Start, DateTimeOffset LastTogether, int GridSteps, bool InPort, bool Together)
{
    /// <summary>How long the pair has been together so far.</summary>
    public TimeSpan Duration => LastTogether - Start;

    /// <summary>The id the encounter's event will have (<see cref="EventIds"/>).</summary>
    public string EventId => EventIds.For(EventType.Encounter, A, Start, B.Value);
}
