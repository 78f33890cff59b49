using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;

namespace InnovationNetwork.Core.Commands;

/// <summary>
/// Who may do what to which record: the one table every command and restricted field consults.
/// Anonymous callers read public records; a member edits the records of their own organisation (its profile,
/// people, capabilities, challenges and project participation); staff may do everything. Which private records
/// a viewer may see at all is <see cref="Visibility.CanSee"/>, the single read rule this class defers to.
/// </summary>
public static class Permissions
{
    /// <summary>Each operation, who it is open to, and how a refusal names it.</summary>
    public static readonly IReadOnlyDictionary<Operation, (Audience Audience, string What)> Table = new Dictionary<Operation, (Audience, string)>
    {
        [Operation.RegisterOrganisation] = (Audience.SignedIn, "register an organisation"),
        [Operation.UpdateOrganisationProfile] = (Audience.Owner, "edit the profile of"),
        [Operation.RegisterResearcher] = (Audience.Owner, "register researchers at"),
        [Operation.UpdateResearcherProfile] = (Audience.Owner, "edit the profile of"),
        [Operation.OfferCapability] = (Audience.Owner, "offer capabilities for"),
        [Operation.WithdrawCapability] = (Audience.Owner, "withdraw"),
        [Operation.PostChallenge] = (Audience.Owner, "post challenges for"),
        [Operation.UpdateChallenge] = (Audience.Owner, "edit"),
        [Operation.CloseChallenge] = (Audience.Owner, "close"),
        [Operation.RegisterProject] = (Audience.Owner, "register projects for"),
        [Operation.JoinProject] = (Audience.Owner, "join projects for"),
        [Operation.LeaveProject] = (Audience.Owner, "leave projects for"),
        [Operation.AddSpecialism] = (Audience.Staff, "add specialisms"),
        [Operation.MoveSpecialism] = (Audience.Staff, "move specialisms"),
        [Operation.MergeOrganisations] = (Audience.Staff, "merge organisations"),
        [Operation.RemoveOrganisation] = (Audience.Staff, "remove organisations"),
        [Operation.RemovePerson] = (Audience.Staff, "remove people"),
        [Operation.SeeContactDetails] = (Audience.SignedIn, "see contact details"),
        [Operation.SeeClusterAnalytics] = (Audience.Staff, "see cluster analytics"),
    };

    /// <summary>Whether <paramref name="viewer"/> may do <paramref name="operation"/> (to <paramref name="target"/>, for owner-only operations).</summary>
    public static bool Allows(Viewer viewer, InnovationGraph graph, Operation operation, Node? target = null) =>
        Check(viewer, graph, operation, target) is null;

    /// <summary>
    /// Null when <paramref name="viewer"/> may do <paramref name="operation"/> to <paramref name="target"/>, else a
    /// FORBIDDEN error saying who may. For owner-only operations without a target only the role is checked.
    /// </summary>
    public static UserError? Check(Viewer viewer, InnovationGraph graph, Operation operation, Node? target = null)
    {
        var (audience, what) = Table[operation];
        if (audience == Audience.Anyone || viewer.IsStaff)
        {
            return null;
        }

        if (viewer.Role == ViewerRole.Anonymous)
        {
            return UserError.Forbidden($"Sign in to {Describe(what, target)}: anonymous callers can only read the directory.");
        }

        return audience switch
        {
            Audience.Staff => UserError.Forbidden($"Only LEP staff may {what}."),
            Audience.Owner when target is not null && !OwnersOf(graph, target).Any(viewer.Represents) =>
                UserError.Forbidden($"Only members of the organisation it belongs to, or LEP staff, may {Describe(what, target)}; your sign-in is for '{viewer.OrganisationId}'."),
            _ => null,
        };
    }

    /// <summary>
    /// Whether contact details (email, phone) may be shown to <paramref name="viewer"/>. The read rules live with the
    /// read paths (<see cref="Visibility"/>, which the field resolvers call); this table row describes them and a test
    /// holds the two together.
    /// </summary>
    public static bool CanSeeContactDetails(Viewer viewer) => viewer.CanSeeContactDetails();

    /// <summary>Whether a record is visible to <paramref name="viewer"/> at all: the single rule of <see cref="Visibility.CanSee"/>.</summary>
    public static bool CanSee(Viewer viewer, InnovationGraph graph, Node node) => viewer.CanSee(graph, node);

    /// <summary>
    /// The organisations whose members may edit a record: an organisation itself; where a person works; who offers
    /// a capability or posted a challenge (through the people who did, when a person did). Staff edit everything.
    /// </summary>
    public static IEnumerable<string> OwnersOf(InnovationGraph graph, Node node) => node switch
    {
        Organisation o => [o.Id],
        Person p => graph.Outgoing(p.Id, RelationshipType.WORKS_AT).Select(r => r.To),
        Capability c => graph.Incoming(c.Id, RelationshipType.OFFERS).SelectMany(r => OwnersOfHolder(graph, r.From)),
        Challenge c => graph.Incoming(c.Id, RelationshipType.POSTED).SelectMany(r => OwnersOfHolder(graph, r.From)),
        _ => [],
    };

    private static IEnumerable<string> OwnersOfHolder(InnovationGraph graph, string holderId) =>
        graph.Find(holderId) is { } holder and (Organisation or Person) ? OwnersOf(graph, holder) : [];

    private static string Describe(string what, Node? target) => target is null ? what : $"{what} '{target.DisplayName}'";
}
