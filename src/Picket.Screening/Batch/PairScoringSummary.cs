using System.Globalization;
using Picket.Screening.Matching;

namespace Picket.Screening.Batch;

/// <summary>
/// The counts of a <see cref="PairScoring"/> run: pairs read and scored, matches at the threshold and, for labelled
/// pairs, the confusion matrix overall (<see cref="Labelled"/>) and per class (<see cref="ByClass"/>).
/// </summary>
public sealed class PairScoringSummary
{
    internal PairScoringSummary(double threshold) => Threshold = threshold;

    /// <summary>The score at which a pair counted as a match.</summary>
    public double Threshold { get; }

    /// <summary>Data rows read.</summary>
    public long Pairs { get; private set; }

    /// <summary>Rows with both names present, hence scored.</summary>
    public long Scored { get; private set; }

    /// <summary>Scored rows at or above the threshold.</summary>
    public long Matches { get; private set; }

    /// <summary>Confusion counts of the labelled, scored pairs (every class together).</summary>
    public PairFigures Labelled => ByClass.Total;

    /// <summary>Confusion counts per value of the <c>class</c> column (and overall).</summary>
    public LabelledPairTally ByClass { get; } = new();

    /// <summary>True when the file had a <c>class</c> column.</summary>
    public bool HasClassColumn { get; internal set; }

    /// <summary>Why the file was not read to its end (missing columns, unreadable CSV), or null.</summary>
    public string? Problem { get; internal set; }

    internal void Add(bool scored, bool match, bool? expected, string? pairClass)
    {
        Pairs++;
        if (!scored)
        {
            return;
        }

        Scored++;
        Matches += match ? 1 : 0;
        if (expected is { } x)
        {
            ByClass.Add(pairClass, match, x);
        }
    }

    /// <summary>The counts as lines of text: pairs and matches, then the confusion matrix when any pair was labelled.</summary>
    public string Report()
    {
        var t = Threshold.ToString("0.00", CultureInfo.InvariantCulture);
        var text = $"pairs: {Pairs}, scored: {Scored}, not scored (empty name): {Pairs - Scored}, matches at {t}: {Matches}\n";
        var f = Labelled;
        var labelled = f.Positives + f.Negatives;
        if (labelled > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture,
                $"labelled: {labelled}, true positives: {f.TruePositives}, false positives: {f.FalsePositives}, false negatives: {f.FalseNegatives}, true negatives: {f.TrueNegatives}, precision: {Ratio(f.Precision)}, recall: {Ratio(f.Recall)}\n");
        }

        return text;
    }

    static string Ratio(double? r) => r is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
