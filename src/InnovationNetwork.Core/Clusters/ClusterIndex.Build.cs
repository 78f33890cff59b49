using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Clusters;

// Building the index: one pass over each label, reading each node's relationships once.
internal sealed partial class ClusterIndex
{
    public static ClusterIndex Build(InnovationGraph graph)
    {
        // Read the version first: if a batch lands meanwhile, this index is tagged older than what it holds,
        // and the next request (seeing a newer version) builds again.
        var version = graph.Sequence;

        var specs = SortedById(graph.All<Specialism>());
        var specIndex = IndexOf(specs);
        var specParent = specs.Select(s => Parent(graph, s.Id, RelationshipType.SUBSPECIALISM_OF, specIndex)).ToArray();
        var specLine = specs.Select((_, i) => SelfAndAncestors(i, specParent)).ToArray();

        var places = SortedById(graph.All<Place>());
        var placeIndex = IndexOf(places);
        var placeParent = places.Select(p => Parent(graph, p.Id, RelationshipType.LOCATED_IN, placeIndex)).ToArray();

        var orgs = SortedById(graph.All<Organisation>());
        var orgIndex = IndexOf(orgs);
        var projects = graph.All<Project>().ToArray();
        var projectIndex = IndexOf(projects);

        var currencies = new List<string>();
        int Currency(string code)
        {
            var at = currencies.IndexOf(code);
            if (at < 0)
            {
                currencies.Add(code);
                at = currencies.Count - 1;
            }

            return at;
        }

        // Organisations: portfolio, own tags, places and participations (with the amount recorded, if any).
        var orgSpecs = new Csr.Builder(orgs.Length, orgs.Length * 2);
        var orgTags = new Csr.Builder(orgs.Length, orgs.Length * 2);
        var orgPlaces = new Csr.Builder(orgs.Length, orgs.Length);
        var orgProjects = new Csr.Builder(orgs.Length, orgs.Length * 2);
        var recorded = new List<Money?>(orgs.Length * 2);
        for (var o = 0; o < orgs.Length; o++)
        {
            foreach (var r in graph.Outgoing(orgs[o].Id))
            {
                switch (r.Type)
                {
                    case RelationshipType.SPECIALISES_IN when specIndex.TryGetValue(r.To, out var s):
                        orgTags.AddDistinct(s);
                        foreach (var line in specLine[s])
                        {
                            orgSpecs.AddDistinct(line);
                        }

                        break;
                    case RelationshipType.LOCATED_IN when placeIndex.TryGetValue(r.To, out var p):
                        orgPlaces.Add(p);
                        break;
                    case RelationshipType.PARTICIPATES_IN when projectIndex.TryGetValue(r.To, out var q):
                        orgProjects.Add(q);
                        recorded.Add(r.Amount);
                        break;
                }
            }

            orgSpecs.EndRow();
            orgTags.EndRow();
            orgPlaces.EndRow();
            orgProjects.EndRow();
        }

        var orgSpecsCsr = orgSpecs.Build();
        var orgPlacesCsr = orgPlaces.Build();
        var orgProjectsCsr = orgProjects.Build();
        var projectOrgs = orgProjectsCsr.Invert(projects.Length);

        // Projects: dates, specialisms, funders.
        var start = new int[projects.Length];
        var end = new int[projects.Length];
        var projectSpecs = new Csr.Builder(projects.Length, projects.Length);
        var projectFunders = new Csr.Builder(projects.Length, projects.Length);
        var funderShare = new List<double>(projects.Length);
        for (var q = 0; q < projects.Length; q++)
        {
            var project = projects[q];
            start[q] = project.StartDate?.DayNumber ?? NoDay;
            end[q] = project.EndDate?.DayNumber ?? start[q];
            var funders = new List<Relationship>();
            foreach (var r in graph.Outgoing(project.Id))
            {
                if (r.Type == RelationshipType.APPLIES_TO && specIndex.TryGetValue(r.To, out var s))
                {
                    foreach (var line in specLine[s])
                    {
                        projectSpecs.AddDistinct(line);
                    }
                }
                else if (r.Type == RelationshipType.FUNDED_BY && orgIndex.TryGetValue(r.To, out var f))
                {
                    projectFunders.Add(f);
                    funders.Add(r);
                }
            }

            funderShare.AddRange(FunderShares(funders));
            projectSpecs.EndRow();
            projectFunders.EndRow();
        }

        var (amounts, amountCurrencies) = Attribute(projects, orgProjectsCsr, recorded, Currency);

        // People: whom they work for, what they specialise in, where they are.
        var people = graph.All<Person>().ToArray();
        var personSpecs = new Csr.Builder(people.Length, people.Length);
        var personPlaces = new Csr.Builder(people.Length, people.Length);
        var personOrgs = new Csr.Builder(people.Length, people.Length);
        foreach (var person in people)
        {
            foreach (var r in graph.Outgoing(person.Id))
            {
                switch (r.Type)
                {
                    case RelationshipType.WORKS_AT when orgIndex.TryGetValue(r.To, out var o):
                        personOrgs.Add(o);
                        foreach (var p in orgPlacesCsr[o])
                        {
                            personPlaces.AddDistinct(p);
                        }

                        break;
                    case RelationshipType.SPECIALISES_IN when specIndex.TryGetValue(r.To, out var s):
                        foreach (var line in specLine[s])
                        {
                            personSpecs.AddDistinct(line);
                        }

                        break;
                    case RelationshipType.LOCATED_IN when placeIndex.TryGetValue(r.To, out var p):
                        personPlaces.AddDistinct(p);
                        break;
                }
            }

            personSpecs.EndRow();
            personPlaces.EndRow();
            personOrgs.EndRow();
        }

        return new ClusterIndex
        {
            Version = version,
            Orgs = orgs,
            OrgIndex = orgIndex,
            OrgSpecs = orgSpecsCsr,
            OrgTags = orgTags.Build(),
            OrgProjects = orgProjectsCsr,
            PartAmount = amounts,
            PartCurrency = amountCurrencies,
            OrgPeople = personOrgs.Build().Invert(orgs.Length),
            Specs = specs,
            SpecIndex = specIndex,
            SpecParent = specParent,
            SpecOrgs = orgSpecsCsr.Invert(specs.Length),
            SpecPeople = personSpecs.Build().Invert(specs.Length),
            Projects = projects,
            ProjectStart = start,
            ProjectEnd = end,
            ProjectSpecs = projectSpecs.Build(),
            ProjectOrgs = projectOrgs,
            ProjectFunders = projectFunders.Build(),
            FunderShare = funderShare.ToArray(),
            PersonCount = people.Length,
            PersonPlaces = personPlaces.Build(),
            Places = places,
            PlaceIndex = placeIndex,
            PlaceChildren = ParentsToChildren(placeParent),
            PlaceOrgs = orgPlacesCsr.Invert(places.Length),
            Currencies = currencies.ToArray(),
        };
    }

    /// <summary>
    /// The money each participation brings: the contribution recorded on it (CORDIS's EC contribution) when
    /// there is one; otherwise an equal share of what is left of the project's funding once recorded
    /// contributions in its currency are taken off (ESIF records one grant per project). None when neither is known.
    /// </summary>
    private static (decimal[] Amounts, int[] Currencies) Attribute(
        Project[] projects, Csr orgProjects, List<Money?> recorded, Func<string, int> currency)
    {
        var residual = new decimal[projects.Length];
        var unrecorded = new int[projects.Length];
        for (var q = 0; q < projects.Length; q++)
        {
            residual[q] = projects[q].Funding?.Amount ?? 0;
        }

        for (var o = 0; o < orgProjects.Rows; o++)
        {
            for (var i = orgProjects.Start[o]; i < orgProjects.Start[o + 1]; i++)
            {
                var q = orgProjects.Items[i];
                if (recorded[i] is { } money)
                {
                    if (projects[q].Funding?.Currency == money.Currency)
                    {
                        residual[q] -= money.Amount;
                    }
                }
                else
                {
                    unrecorded[q]++;
                }
            }
        }

        var amounts = new decimal[recorded.Count];
        var currencies = new int[recorded.Count];
        for (var o = 0; o < orgProjects.Rows; o++)
        {
            for (var i = orgProjects.Start[o]; i < orgProjects.Start[o + 1]; i++)
            {
                var q = orgProjects.Items[i];
                if (recorded[i] is { } money)
                {
                    (amounts[i], currencies[i]) = (money.Amount, currency(money.Currency));
                }
                else if (projects[q].Funding is { } funding && residual[q] > 0)
                {
                    (amounts[i], currencies[i]) = (residual[q] / unrecorded[q], currency(funding.Currency));
                }
                else
                {
                    currencies[i] = -1;
                }
            }
        }

        return (amounts, currencies);
    }

    /// <summary>Each funder's share of a project: by the amounts on FUNDED_BY when all carry one in one currency, else equal.</summary>
    private static IEnumerable<double> FunderShares(List<Relationship> funders)
    {
        var amounts = funders.Select(f => f.Amount).ToList();
        var total = amounts.Sum(a => a?.Amount ?? 0);
        var byAmount = amounts.All(a => a is not null) && amounts.Select(a => a!.Currency).Distinct().Count() == 1 && total > 0;
        return amounts.Select(a => byAmount ? (double)(a!.Amount / total) : 1.0 / funders.Count);
    }

    private static T[] SortedById<T>(IEnumerable<T> nodes) where T : Node
    {
        var array = nodes.ToArray();
        Array.Sort(array, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return array;
    }

    private static Dictionary<string, int> IndexOf<T>(T[] nodes) where T : Node
    {
        var index = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            index[nodes[i].Id] = i;
        }

        return index;
    }

    private static int Parent(InnovationGraph graph, string id, RelationshipType type, Dictionary<string, int> index)
    {
        foreach (var r in graph.Outgoing(id, type))
        {
            if (index.TryGetValue(r.To, out var parent))
            {
                return parent;
            }
        }

        return -1;
    }

    private static int[] SelfAndAncestors(int node, int[] parent)
    {
        var line = new List<int>();
        for (var n = node; n >= 0 && !line.Contains(n); n = parent[n])
        {
            line.Add(n);
        }

        return line.ToArray();
    }

    private static Csr ParentsToChildren(int[] parent)
    {
        // The transpose of "child → parent", skipping roots.
        var rows = new Csr.Builder(parent.Length);
        for (var c = 0; c < parent.Length; c++)
        {
            if (parent[c] >= 0)
            {
                rows.Add(parent[c]);
            }

            rows.EndRow();
        }

        return rows.Build().Invert(parent.Length);
    }
}
