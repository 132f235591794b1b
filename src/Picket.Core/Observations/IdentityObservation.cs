using Picket.Core.Vessels;

namespace Picket.Core.Observations;

/// <summary>
/// What one static report said about a vessel (type 5, 19, a type 24 part, or a CSV row's identity columns), mapped
/// once for every consumer: the analysis passes <see cref="Report"/> to the identity stage, the store writes it to
/// <c>identity_reports</c>. Both therefore tell the same identity story, type 19's name and ship type included.
/// </summary>
/// <param name="Report">The identity; its <see cref="IdentityReport.Time"/> is meaningful only when <see cref="HasTime"/>.</param>
/// <param name="HasTime">False for a message heard without a reception time (the store keeps it, the analysis cannot place it).</param>
/// <param name="MessageType">5, 19, 24, or 0 for a CSV export row.</param>
/// <param name="Part">Type 24: 0 for part A (name), 1 for part B (type, call sign, dimensions); null otherwise.</param>
/// <param name="WithPosition">
/// True when the same message also gave a <see cref="PositionObservation"/>, delivered just before this (type 19, a
/// CSV row): a consumer that judges the message's time judges it once.
/// </param>
public readonly record struct IdentityObservation(IdentityReport Report, bool HasTime, byte MessageType, byte? Part, bool WithPosition)
{
    /// <summary>The MMSI that sent the report.</summary>
    public Mmsi Mmsi => Report.Mmsi;
}
