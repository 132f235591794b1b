namespace Picket.Screening.Model;

/// <summary>The publisher and format family an entity was read from.</summary>
public enum ListSource
{
    /// <summary>The UN Security Council Consolidated List (XML), which carries the DPRK designations under resolution 1718 (2006).</summary>
    UnConsolidated = 0,
    /// <summary>OFAC's Specially Designated Nationals list (US Treasury), as SDN XML, SDN Advanced XML or the legacy CSV files.</summary>
    OfacSdn = 1,
    /// <summary>The EU Consolidated Financial Sanctions list (XML).</summary>
    EuFinancialSanctions = 2,
    /// <summary>The UK Sanctions List (FCDO, XML): designations under the Sanctions and Anti-Money Laundering Act 2018.</summary>
    UkSanctionsList = 3,
    /// <summary>An OpenSanctions FollowTheMoney export (JSON lines), any dataset.</summary>
    OpenSanctions = 4,
}
