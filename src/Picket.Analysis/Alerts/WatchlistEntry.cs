namespace Picket.Analysis.Alerts;

/// <summary>One line of a user watchlist: a vessel named by any of IMO, MMSI and name, with the user's note.</summary>
/// <param name="Imo">IMO number (the hull), or null.</param>
/// <param name="Mmsi">MMSI (the radio), or null.</param>
/// <param name="Name">Vessel name as the user wrote it, or null; matched after the screening's name folding.</param>
/// <param name="Note">Why the vessel is watched, carried into the alert's reason.</param>
public sealed record WatchlistEntry(int? Imo, uint? Mmsi, string? Name, string? Note);
