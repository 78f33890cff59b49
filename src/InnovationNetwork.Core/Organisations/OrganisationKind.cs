namespace InnovationNetwork.Core.Organisations;

/// <summary>What sort of body an organisation is.</summary>
public enum OrganisationKind
{
    BUSINESS,
    UNIVERSITY,
    RESEARCH_ORGANISATION,
    PUBLIC_BODY,
    FUNDER,
    OTHER,
}
