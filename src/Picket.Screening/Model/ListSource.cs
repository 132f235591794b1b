namespace Picket.Screening.Model;

/// <summary>The publisher and format family an entity was read from.</summary>
public enum ListSource
{
    UnConsolidated = 0,
    OfacSdn = 1,
    EuFinancialSanctions = 2,
    UkSanctionsList = 3,
    OpenSanctions = 4,
}
