namespace Picket.Screening.Companies;

/// <summary>
/// How a company stands behind a ship. The registry roles are the ones IHS/S&amp;P's ship-ownership data and the
/// IMO GISIS company records use (registered owner, ship manager, ISM manager under SOLAS IX / ISM Code 1.1.2, operator);
/// <see cref="ListedLink"/> is what a sanctions list says without naming the role (OFAC "Linked To", a list's owner field).
/// </summary>
public enum CompanyRole
{
    /// <summary>A list ties the ship to the company without saying how (OFAC "Linked To", Vess_owner, UK CurrentOwnerOperator).</summary>
    ListedLink = 0,
    /// <summary>The registered owner: the ship is its property (OFAC's 50 % rule reaches property of a blocked person).</summary>
    RegisteredOwner = 1,
    /// <summary>The commercial or technical manager.</summary>
    ShipManager = 2,
    /// <summary>The company responsible for the ship's safety management (ISM Code 1.1.2, SOLAS chapter IX).</summary>
    IsmManager = 3,
    /// <summary>The operator (charterer or disponent owner running the ship).</summary>
    Operator = 4,
}

/// <summary>Names of <see cref="CompanyRole"/> as written in the registry CSV header and in outputs.</summary>
public static class CompanyRoles
{
    /// <summary>The snake_case name of <paramref name="role"/>; <see cref="CompanyRole.ListedLink"/> is <c>linked_to</c>.</summary>
    /// <param name="role">The role.</param>
    public static string Name(CompanyRole role) => role switch
    {
        CompanyRole.RegisteredOwner => "registered_owner",
        CompanyRole.ShipManager => "ship_manager",
        CompanyRole.IsmManager => "ism_manager",
        CompanyRole.Operator => "operator",
        _ => "linked_to",
    };

    /// <summary>The role named <paramref name="name"/> (case-insensitive); false for an unknown name.</summary>
    /// <param name="name">A role's name as <see cref="Name"/> writes it.</param>
    /// <param name="role">The role, when found.</param>
    public static bool TryParse(string name, out CompanyRole role)
    {
        foreach (var r in Enum.GetValues<CompanyRole>())
        {
            if (string.Equals(Name(r), name, StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }

        role = default;
        return false;
    }
}
