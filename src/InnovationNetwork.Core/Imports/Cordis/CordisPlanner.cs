using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Imports.Tagging;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;
using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Core.Imports.Cordis;

/// <summary>
/// Plans what a CORDIS export says about the graph: a Project per project (<c>project-cordis-{id}</c>,
/// tagged with specialisms, FUNDED_BY the European Commission for its EC contribution), an Organisation
/// per PIC (<c>org-pic-{PIC}</c>, or the node that already carries the PIC), located by postcode or NUTS
/// code, PARTICIPATES_IN each project with its role and EU contribution, and inferred specialisms.
/// </summary>
public static partial class CordisPlanner
{
    /// <summary>The funder of FP7 and Horizon 2020, linked when the graph holds it (the seed does).</summary>
    public const string EuropeanCommission = "org-european-commission";

    public const string ProjectIdPrefix = "project-cordis-";
    public const string OrganisationIdPrefix = "org-pic-";

    public static ImportPlan Plan(CordisData data, ImportContext context, ImportProblems problems)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problems);

        var plan = new ImportPlan();
        var projectIds = PlanProjects(plan, data.Projects, context, problems);
        var organisationIds = PlanOrganisations(plan, data.Participations, projectIds, context);

        // Projects whose participants this import owns: their graph participations not in the plan go.
        var owned = projectIds.Values.Where(id => context.Source.Owns(context.Graph.Find(id))).ToHashSet(StringComparer.Ordinal);
        SpecialismInference.Plan(plan, context.Graph, context.Tagger.Inference, organisationIds, owned);
        return plan;
    }

    private static Dictionary<string, string> PlanProjects(ImportPlan plan, IReadOnlyList<CordisProject> projects, ImportContext context, ImportProblems problems)
    {
        var graph = context.Graph;
        var funder = graph.Find(EuropeanCommission) is Organisation ? EuropeanCommission : null;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in projects)
        {
            var existing = graph.FindByIdentifier(IdentifierScheme.CORDIS_PROJECT, p.Id) ?? graph.Find(ProjectIdPrefix + p.Id);
            var id = existing?.Id ?? ProjectIdPrefix + p.Id;
            if (existing is not null and not Project)
            {
                problems.Add(new ImportProblem(p.File, p.Line, ImportProblemKinds.InvalidRecord, $"'{id}' is a {existing.Label}, not a project."));
                continue;
            }

            var node = ProjectNode(id, p, existing as Project, context.Source);
            if (NodeRules.Check(node).FirstOrDefault() is { Message: { } message })
            {
                problems.Add(new ImportProblem(p.File, p.Line, ImportProblemKinds.InvalidRecord, message));
                continue;
            }

            ids[p.Id] = id;
            plan.Put(node);
            var owns = context.Source.Owns(existing);
            if (owns)
            {
                plan.Own(id, APPLIES_TO, outgoing: true);
                plan.Own(id, PARTICIPATES_IN, outgoing: false);
                plan.Own(id, FUNDED_BY, outgoing: true);
            }

            var programmeParts = p.FrameworkProgramme is null ? p.LegalBasis : [p.FrameworkProgramme, .. p.LegalBasis];
            foreach (var specialism in context.Tagger.Tag(p.Title, p.Objective, programmeParts))
            {
                plan.Link(new Relationship(APPLIES_TO, id, specialism));
            }

            if (funder is not null && (owns || !graph.Outgoing(id, FUNDED_BY).Any(r => r.To == funder)))
            {
                plan.Link(new Relationship(FUNDED_BY, id, funder) { Amount = Euros(p.EcMaxContribution) });
            }
        }

        return ids;
    }

    private static Project ProjectNode(string id, CordisProject p, Project? existing, Source source)
    {
        var identifiers = new[] { new ExternalIdentifier(IdentifierScheme.CORDIS_PROJECT, p.Id) };
        var programme = p.FrameworkProgramme is null
            ? (p.LegalBasis.Count == 0 ? null : string.Join(";", p.LegalBasis))
            : p.LegalBasis.Count == 0 ? p.FrameworkProgramme : $"{p.FrameworkProgramme} {string.Join(";", p.LegalBasis)}";
        if (existing is null)
        {
            return new Project
            {
                Id = id, Title = p.Title, Acronym = p.Acronym, Abstract = p.Objective, StartDate = p.StartDate, EndDate = p.EndDate,
                TotalCost = Euros(p.TotalCost), Funding = Euros(p.EcMaxContribution), Programme = programme, Identifiers = identifiers,
            };
        }

        if (source.Owns(existing))
        {
            return existing with
            {
                Title = p.Title, Acronym = p.Acronym, Abstract = p.Objective, StartDate = p.StartDate, EndDate = p.EndDate,
                TotalCost = Euros(p.TotalCost), Funding = Euros(p.EcMaxContribution), Programme = programme,
                Identifiers = ImportOwnership.Union(existing.Identifiers, identifiers),
            };
        }

        // Someone else's project (seeded or edited): complete it, never overwrite it.
        return existing with
        {
            Acronym = existing.Acronym ?? p.Acronym,
            Abstract = existing.Abstract ?? p.Objective,
            StartDate = existing.StartDate ?? p.StartDate,
            EndDate = existing.EndDate ?? (existing.StartDate is null || p.EndDate >= existing.StartDate ? p.EndDate : null),
            TotalCost = existing.TotalCost ?? Euros(p.TotalCost),
            Funding = existing.Funding ?? Euros(p.EcMaxContribution),
            Programme = existing.Programme ?? programme,
            Identifiers = ImportOwnership.Union(existing.Identifiers, identifiers),
        };
    }

    internal static Money? Euros(decimal? amount) => amount is { } value ? new Money(value, "EUR") : null;
}
