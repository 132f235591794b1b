using System.Globalization;
using System.Text;

namespace Picket.Screening.Matching;

/// <summary>
/// Confusion counts of labelled name pairs at one threshold, overall and per class (a pair file's optional
/// <c>class</c> column: "vessel_spacing", "legal_form"…), and the table <c>picket match --pairs</c> prints.
/// </summary>
public sealed class LabelledPairTally
{
    const string Overall = "all";
    readonly SortedDictionary<string, Counts> _byClass = new(StringComparer.Ordinal);
    readonly Counts _all = new();

    /// <summary>Counts one labelled pair: whether it scored at or above the threshold and what it should be.</summary>
    public void Add(string? pairClass, bool match, bool expected)
    {
        _all.Add(match, expected);
        if (!string.IsNullOrWhiteSpace(pairClass))
        {
            if (!_byClass.TryGetValue(pairClass, out var c))
            {
                _byClass[pairClass] = c = new Counts();
            }

            c.Add(match, expected);
        }
    }

    /// <summary>Figures over every pair added, whatever its class.</summary>
    public PairFigures Total => _all.Figures(Overall);

    /// <summary>Figures per class, in class-name order.</summary>
    public IReadOnlyList<PairFigures> Classes => [.. _byClass.Select(p => p.Value.Figures(p.Key))];

    /// <summary>A fixed-width table: one row per class, then the overall row.</summary>
    public string Table(double threshold)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"labelled pairs at threshold {threshold:0.00}\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"class",-22} {"pos",5} {"neg",5} {"TP",5} {"FP",5} {"FN",5} {"TN",5} {"precision",9} {"recall",7} {"F1",6} {"neg rejected",12}\n");
        foreach (var f in Classes.Append(Total))
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"{f.Class,-22} {f.Positives,5} {f.Negatives,5} {f.TruePositives,5} {f.FalsePositives,5} {f.FalseNegatives,5} {f.TrueNegatives,5} {Ratio(f.Precision),9} {Ratio(f.Recall),7} {Ratio(f.F1),6} {Ratio(f.NegativesRejected),12}\n");
        }

        return sb.ToString();
    }

    static string Ratio(double? r) => r is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    sealed class Counts
    {
        int _tp, _fp, _fn, _tn;

        public void Add(bool match, bool expected)
        {
            switch (expected, match)
            {
                case (true, true): _tp++; break;
                case (false, true): _fp++; break;
                case (true, false): _fn++; break;
                default: _tn++; break;
            }
        }

        public PairFigures Figures(string name) => new(name, _tp, _fp, _fn, _tn);
    }
}

/// <summary>Confusion counts of one class of labelled pairs and the ratios drawn from them (null when undefined).</summary>
/// <param name="Class">The class's name (or the overall figures' name).</param>
/// <param name="TruePositives">Same-entity pairs scored at or above the threshold.</param>
/// <param name="FalsePositives">Different-entity pairs scored at or above the threshold.</param>
/// <param name="FalseNegatives">Same-entity pairs scored below the threshold.</param>
/// <param name="TrueNegatives">Different-entity pairs scored below the threshold.</param>
public readonly record struct PairFigures(string Class, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>Same-entity pairs.</summary>
    public int Positives => TruePositives + FalseNegatives;

    /// <summary>Different-entity pairs.</summary>
    public int Negatives => FalsePositives + TrueNegatives;

    /// <summary>Share of pairs scored as matches that are the same entity; null when none was.</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of same-entity pairs scored as matches; null without positives.</summary>
    public double? Recall => Positives == 0 ? null : (double)TruePositives / Positives;

    /// <summary>Harmonic mean of precision and recall; null when either is undefined or both are zero.</summary>
    public double? F1 => Precision is { } p && Recall is { } r && p + r > 0 ? 2 * p * r / (p + r) : null;

    /// <summary>Share of the class's negatives (different names) scored below the threshold.</summary>
    public double? NegativesRejected => Negatives == 0 ? null : (double)TrueNegatives / Negatives;
}
