namespace InnovationNetwork.Core.Graph;

/// <summary>The schemes outside systems use to name organisations, people and projects.</summary>
public enum IdentifierScheme
{
    PIC,
    COMPANIES_HOUSE,
    UKPRN,
    ROR,
    ORCID,
    CORDIS_PROJECT,
    ESIF_PROJECT,
}

/// <summary>An identifier of a node in an outside system; imports upsert by it.</summary>
public sealed record ExternalIdentifier(IdentifierScheme Scheme, string Value);
