using Picket.Screening.Model;
using Picket.Screening.Names;

namespace Picket.Screening.Lists;

/// <summary>
/// UN and OFAC do not say whether a non-person entry is a company or another organisation;
/// a legal-form word in its name (LTD, LLC, JSC, 有限公司…) is the evidence we use.
/// </summary>
internal static class OrganisationSchema
{
    public static EntitySchema Guess(string name)
    {
        foreach (var token in NameNormalizer.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (WeakTokens.IsLegalForm(token))
            {
                return EntitySchema.Company;
            }
        }

        return EntitySchema.Organization;
    }
}
