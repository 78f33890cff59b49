namespace InnovationNetwork.Core.Commands;

/// <summary>Everything someone may or may not be allowed to do; <see cref="Permissions"/> says who may do each.</summary>
public enum Operation
{
    RegisterOrganisation,
    UpdateOrganisationProfile,
    RegisterResearcher,
    UpdateResearcherProfile,
    OfferCapability,
    WithdrawCapability,
    PostChallenge,
    UpdateChallenge,
    CloseChallenge,
    RegisterProject,
    JoinProject,
    LeaveProject,
    AddSpecialism,
    MoveSpecialism,
    MergeOrganisations,
    RemoveOrganisation,
    RemovePerson,

    /// <summary>Reading contact details (email, phone) of organisations and people.</summary>
    SeeContactDetails,

    /// <summary>Reading cluster analytics (clusterStrength, clusters).</summary>
    SeeClusterAnalytics,
}
