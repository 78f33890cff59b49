using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;

namespace InnovationNetwork.Core.Access;

/// <summary>
/// The one rule for private records, used by every read path (lookups, lists, counts, search, matching):
/// a private organisation, person or challenge is visible to staff and to members of the organisation it
/// belongs to; everything else is public.
/// </summary>
public static class Visibility
{
    public static bool CanSee(this Viewer viewer, InnovationGraph graph, Node node) => node switch
    {
        _ when viewer.IsStaff => true,
        Organisation { IsPrivate: true } o => viewer.Represents(o.Id),
        Person { IsPrivate: true } p => graph.Outgoing(p.Id, RelationshipType.WORKS_AT).Any(r => viewer.Represents(r.To)),
        Challenge { IsPrivate: true } c => graph.Incoming(c.Id, RelationshipType.POSTED).Any(r => viewer.Represents(r.From)),
        _ => true,
    };

    /// <summary>Whether contact details (email, phone) may be shown: never to anonymous callers.</summary>
    public static bool CanSeeContactDetails(this Viewer viewer) => viewer.Role != ViewerRole.Anonymous;
}
