using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Imports.Cordis;
using InnovationNetwork.Core.Imports.Tagging;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;
using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Core.Imports.Esif;

/// <summary>
/// Plans the ESIF projects: a Project each (<c>project-esif-{my_eu_id}</c>, located by its postcode, tagged
/// with specialisms from its title and summary, FUNDED_BY the European Commission for the EU investment),
/// and its beneficiary, found by name (<see cref="OrganisationNames"/>) or created as <c>org-esif-{name}</c>,
/// PARTICIPATES_IN it as "beneficiary" with the EU investment. Amounts are pounds, as the file gives them.
/// </summary>
public static class EsifPlanner
{
    public const string ProjectIdPrefix = "project-esif-";
    public const string OrganisationIdPrefix = "org-esif-";

    public static ImportPlan Plan(IReadOnlyList<EsifProject> projects, ImportContext context, OrganisationNames names, ImportProblems problems)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(problems);

        var graph = context.Graph;
        var plan = new ImportPlan();
        var funder = graph.Find(CordisPlanner.EuropeanCommission) is Organisation ? CordisPlanner.EuropeanCommission : null;
        var owned = new HashSet<string>(StringComparer.Ordinal);
        var beneficiaries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in projects)
        {
            var existing = (p.Reference is { } reference ? graph.FindByIdentifier(IdentifierScheme.ESIF_PROJECT, reference) : null) ?? graph.Find(ProjectIdPrefix + p.Key);
            var id = existing?.Id ?? ProjectIdPrefix + p.Key;
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

            var organisation = Beneficiary(plan, p.Beneficiary, names, context);
            beneficiaries.Add(organisation);
            plan.Put(node);
            var owns = context.Source.Owns(existing);
            if (owns)
            {
                owned.Add(id);
                plan.Own(id, APPLIES_TO, outgoing: true);
                plan.Own(id, PARTICIPATES_IN, outgoing: false);
                plan.Own(id, FUNDED_BY, outgoing: true);
                plan.Own(id, LOCATED_IN, outgoing: true);
            }

            plan.Link(new Relationship(PARTICIPATES_IN, organisation, id) { Role = "beneficiary", Amount = Pounds(p.EuInvestment) });
            foreach (var specialism in context.Tagger.Tag(p.Title, p.Summary, []))
            {
                plan.Link(new Relationship(APPLIES_TO, id, specialism));
            }

            if (funder is not null && (owns || !graph.Outgoing(id, FUNDED_BY).Any(r => r.To == funder)))
            {
                plan.Link(new Relationship(FUNDED_BY, id, funder) { Amount = Pounds(p.EuInvestment) });
            }

            if (context.PlaceFor(p.Postcode) is { } place && (owns || graph.Outgoing(id, LOCATED_IN).Count == 0))
            {
                plan.Link(new Relationship(LOCATED_IN, id, place));
            }
        }

        SpecialismInference.Plan(plan, graph, context.Tagger.Inference, beneficiaries, owned);
        return plan;
    }

    private static string Beneficiary(ImportPlan plan, string name, OrganisationNames names, ImportContext context)
    {
        if (names.Find(name) is { } known)
        {
            return known;
        }

        // Not in the directory yet: created with what the file states, its name, and a kind read from it.
        var id = OrganisationIdPrefix + ImportIds.Slug(name);
        var existing = context.Graph.Find(id) as Organisation;
        if (context.Source.Owns(existing))
        {
            plan.Put(existing is null
                ? new Organisation { Id = id, Name = name.Trim(), Kind = KindFromName(name) }
                : existing with { Name = name.Trim(), Kind = KindFromName(name) });
        }

        names.Add(id, name);
        return id;
    }

    /// <summary>
    /// The kind a beneficiary's name states: councils, combined authorities and LEPs are public bodies;
    /// universities are universities; a company suffix (Limited, Ltd, plc) makes a business; anything else
    /// (colleges, initiatives, alliances) is OTHER rather than a guess.
    /// </summary>
    public static OrganisationKind KindFromName(string name)
    {
        var words = OrganisationNames.Normalise(name).Split(' ');
        var raw = name.ToLowerInvariant();
        if (words.Contains("council") || raw.Contains("combined authority") || words.Contains("lep") || words.Contains("nhs"))
        {
            return OrganisationKind.PUBLIC_BODY;
        }

        if (words.Contains("university"))
        {
            return OrganisationKind.UNIVERSITY;
        }

        return raw.Contains("limited") || raw.Contains(" ltd") || raw.EndsWith(" plc", StringComparison.Ordinal)
            ? OrganisationKind.BUSINESS
            : OrganisationKind.OTHER;
    }

    private static Project ProjectNode(string id, EsifProject p, Project? existing, Source source)
    {
        ExternalIdentifier[] identifiers = p.Reference is { } reference ? [new(IdentifierScheme.ESIF_PROJECT, reference)] : [];
        var programme = $"{p.Fund ?? "ESIF"} 2014-2020";
        if (existing is null || source.Owns(existing))
        {
            var node = existing ?? new Project { Id = id, Title = p.Title };
            return node with
            {
                Title = p.Title, Abstract = p.Summary, StartDate = p.StartDate, EndDate = p.EndDate,
                Funding = Pounds(p.EuInvestment), TotalCost = Pounds(p.ProjectCost), Programme = programme,
                Identifiers = ImportOwnership.Union(existing?.Identifiers ?? [], identifiers),
            };
        }

        return existing with
        {
            Abstract = existing.Abstract ?? p.Summary,
            StartDate = existing.StartDate ?? p.StartDate,
            EndDate = existing.EndDate ?? (existing.StartDate is null || p.EndDate >= existing.StartDate ? p.EndDate : null),
            Funding = existing.Funding ?? Pounds(p.EuInvestment),
            TotalCost = existing.TotalCost ?? Pounds(p.ProjectCost),
            Programme = existing.Programme ?? programme,
            Identifiers = ImportOwnership.Union(existing.Identifiers, identifiers),
        };
    }

    private static Money? Pounds(decimal? amount) => amount is { } value ? new Money(value, "GBP") : null;
}
