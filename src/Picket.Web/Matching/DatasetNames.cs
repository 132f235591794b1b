using Picket.Screening.Model;

namespace Picket.Web.Matching;

/// <summary>
/// The dataset names a yente client sees: OpenSanctions' names for the same sources, so <c>include_dataset</c> and
/// <c>exclude_dataset</c> filters written for yente keep working. <c>default</c> and <c>sanctions</c> are every list.
/// </summary>
internal static class DatasetNames
{
    public static readonly IReadOnlyList<string> Collections = ["default", "sanctions"];

    public static string Of(ListSource source) => source switch
    {
        ListSource.UnConsolidated => "un_sc_sanctions",
        ListSource.OfacSdn => "us_ofac_sdn",
        ListSource.EuFinancialSanctions => "eu_fsf",
        ListSource.UkSanctionsList => "gb_fcdo_sanctions",
        ListSource.OpenSanctions => "opensanctions",
        _ => source.ToString().ToLowerInvariant(),
    };

    /// <summary>FollowTheMoney schema names (followthemoney/schema/*.yaml) to ours; null for one the matcher does not know.</summary>
    public static EntitySchema? Schema(string? name) => name switch
    {
        "Vessel" => EntitySchema.Vessel,
        "Person" => EntitySchema.Person,
        "Company" => EntitySchema.Company,
        "Organization" => EntitySchema.Organization,
        "LegalEntity" => EntitySchema.LegalEntity,
        "Aircraft" => EntitySchema.Aircraft,
        _ => null,
    };
}
