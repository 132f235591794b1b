namespace Picket.Screening.Model;

/// <summary>How a list presents a name of an entity.</summary>
public enum NameKind
{
    /// <summary>The name the list files the entry under.</summary>
    Primary = 0,
    /// <summary>A strong alias (OFAC "a.k.a.", UN "Good quality").</summary>
    Alias = 1,
    /// <summary>A weak or low-quality alias (OFAC weak a.k.a., UN "Low quality").</summary>
    WeakAlias = 2,
    /// <summary>A name the entity used to carry (OFAC "f.k.a.", a vessel's previous names).</summary>
    Former = 3,
    /// <summary>The name in its original (non-Latin) script.</summary>
    OriginalScript = 4,
}

/// <summary>One name of an entity.</summary>
/// <param name="Value">The name as the list writes it, trimmed.</param>
/// <param name="Kind">Primary, alias, weak alias, former or original-script name.</param>
public readonly record struct EntityName(string Value, NameKind Kind);
