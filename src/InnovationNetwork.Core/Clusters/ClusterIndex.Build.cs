using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Clusters;

// Building the index: three independent passes (organisations, projects, people) reading each node's
// relationships once, run side by side — resolving ids of ~10⁶ relationships is most of the cost — then
// integer-only joins.
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

        // Organisations, projects and people keep the graph's own order: sorting 100k ids costs more than a
        // pass. Nothing shown depends on it: rankings end on name then id, betweenness is rounded and its
        // sample chosen by a hash of the id.
        var orgs = graph.All<Organisation>().ToArray();
        var projects = graph.All<Project>().ToArray();
        var people = graph.All<Person>().ToArray();
        var ids = new Ids(specIndex, placeIndex, IndexOf(orgs), IndexOf(projects), specLine);

        OrgPass orgPass = null!;
        ProjectPass projectPass = null!;
        PersonPass personPass = null!;
        Parallel.Invoke(
            () => orgPass = ReadOrganisations(graph, orgs, ids),
            () =>
            {
                projectPass = ReadProjects(graph, projects, ids);
                personPass = ReadPeople(graph, people, ids);
            });

        var currencies = new List<string>();
        var (amounts, amountCurrencies) = Attribute(projects, orgPass.Projects, orgPass.Recorded, currencies);
        return new ClusterIndex
        {
            Version = version,
            Orgs = orgs,
            OrgIndex = ids.Orgs,
            OrgSpecs = orgPass.Specs,
            OrgTags = orgPass.Tags,
            OrgProjects = orgPass.Projects,
            PartAmount = amounts,
            PartCurrency = amountCurrencies,
            OrgPeople = personPass.Employers.Invert(orgs.Length),
            Specs = specs,
            SpecIndex = specIndex,
            SpecParent = specParent,
            SpecOrgs = orgPass.Specs.Invert(specs.Length),
            SpecPeople = personPass.Specs.Invert(specs.Length),
            Projects = projects,
            ProjectStart = projectPass.Start,
            ProjectEnd = projectPass.End,
            ProjectStartYear = projectPass.StartYear,
            ProjectEndYear = projectPass.EndYear,
            ProjectSpecs = projectPass.Specs,
            ProjectOrgs = orgPass.Projects.Invert(projects.Length),
            ProjectFunders = projectPass.Funders,
            FunderShare = projectPass.FunderShare,
            PersonCount = people.Length,
            PersonPlaces = PlacesOfPeople(personPass, orgPass.Places),
            Places = places,
            PlaceIndex = placeIndex,
            PlaceChildren = ParentsToChildren(placeParent),
            PlaceOrgs = orgPass.Places.Invert(places.Length),
            Currencies = [.. currencies],
        };
    }

    private sealed record Ids(
        Dictionary<string, int> Specs, Dictionary<string, int> Places, Dictionary<string, int> Orgs, Dictionary<string, int> Projects, int[][] SpecLine);

    private sealed record OrgPass(Csr Specs, Csr Tags, Csr Places, Csr Projects, List<Money?> Recorded);

    private sealed record ProjectPass(int[] Start, int[] End, int[] StartYear, int[] EndYear, Csr Specs, Csr Funders, double[] FunderShare);

    private sealed record PersonPass(Csr Employers, Csr Specs, Csr OwnPlaces);

    /// <summary>Portfolio (with ancestors), own tags, places and participations with the amount recorded, if any.</summary>
    private static OrgPass ReadOrganisations(InnovationGraph graph, Organisation[] orgs, Ids ids)
    {
        var specs = new Csr.Builder(orgs.Length, orgs.Length * 3);
        var tags = new Csr.Builder(orgs.Length, orgs.Length * 2);
        var places = new Csr.Builder(orgs.Length, orgs.Length);
        var projects = new Csr.Builder(orgs.Length, orgs.Length * 3);
        var recorded = new List<Money?>(orgs.Length * 3);
        foreach (var org in orgs)
        {
            foreach (var r in graph.Outgoing(org.Id))
            {
                switch (r.Type)
                {
                    case RelationshipType.SPECIALISES_IN when ids.Specs.TryGetValue(r.To, out var s):
                        tags.AddDistinct(s);
                        foreach (var line in ids.SpecLine[s])
                        {
                            specs.AddDistinct(line);
                        }

                        break;
                    case RelationshipType.LOCATED_IN when ids.Places.TryGetValue(r.To, out var p):
                        places.Add(p);
                        break;
                    case RelationshipType.PARTICIPATES_IN when ids.Projects.TryGetValue(r.To, out var q):
                        projects.Add(q);
                        recorded.Add(r.Amount);
                        break;
                }
            }

            specs.EndRow();
            tags.EndRow();
            places.EndRow();
            projects.EndRow();
        }

        return new OrgPass(specs.Build(), tags.Build(), places.Build(), projects.Build(), recorded);
    }

    /// <summary>Dates (day numbers), the specialisms applied to (with ancestors) and funders with their shares.</summary>
    private static ProjectPass ReadProjects(InnovationGraph graph, Project[] projects, Ids ids)
    {
        var start = new int[projects.Length];
        var end = new int[projects.Length];
        var startYear = new int[projects.Length];
        var endYear = new int[projects.Length];
        var specs = new Csr.Builder(projects.Length, projects.Length);
        var funders = new Csr.Builder(projects.Length, projects.Length);
        var shares = new List<double>(projects.Length);
        for (var q = 0; q < projects.Length; q++)
        {
            var project = projects[q];
            start[q] = project.StartDate?.DayNumber ?? NoDay;
            end[q] = project.EndDate?.DayNumber ?? start[q];
            startYear[q] = project.StartDate?.Year ?? 0;
            endYear[q] = project.EndDate?.Year ?? startYear[q];
            List<Relationship>? funding = null;
            foreach (var r in graph.Outgoing(project.Id))
            {
                if (r.Type == RelationshipType.APPLIES_TO && ids.Specs.TryGetValue(r.To, out var s))
                {
                    foreach (var line in ids.SpecLine[s])
                    {
                        specs.AddDistinct(line);
                    }
                }
                else if (r.Type == RelationshipType.FUNDED_BY && ids.Orgs.TryGetValue(r.To, out var f))
                {
                    funders.Add(f);
                    (funding ??= []).Add(r);
                }
            }

            if (funding is not null)
            {
                AddFunderShares(funding, shares);
            }

            specs.EndRow();
            funders.EndRow();
        }

        return new ProjectPass(start, end, startYear, endYear, specs.Build(), funders.Build(), [.. shares]);
    }

    /// <summary>Whom each person works for, what they specialise in (with ancestors) and their own places.</summary>
    private static PersonPass ReadPeople(InnovationGraph graph, Person[] people, Ids ids)
    {
        var employers = new Csr.Builder(people.Length, people.Length);
        var specs = new Csr.Builder(people.Length, people.Length);
        var places = new Csr.Builder(people.Length, people.Length / 4);
        foreach (var person in people)
        {
            foreach (var r in graph.Outgoing(person.Id))
            {
                switch (r.Type)
                {
                    case RelationshipType.WORKS_AT when ids.Orgs.TryGetValue(r.To, out var o):
                        employers.Add(o);
                        break;
                    case RelationshipType.SPECIALISES_IN when ids.Specs.TryGetValue(r.To, out var s):
                        foreach (var line in ids.SpecLine[s])
                        {
                            specs.AddDistinct(line);
                        }

                        break;
                    case RelationshipType.LOCATED_IN when ids.Places.TryGetValue(r.To, out var p):
                        places.AddDistinct(p);
                        break;
                }
            }

            employers.EndRow();
            specs.EndRow();
            places.EndRow();
        }

        return new PersonPass(employers.Build(), specs.Build(), places.Build());
    }

    /// <summary>A person is where they are located and where their employers are.</summary>
    private static Csr PlacesOfPeople(PersonPass people, Csr orgPlaces)
    {
        var rows = new Csr.Builder(people.OwnPlaces.Rows, people.OwnPlaces.Items.Length + people.Employers.Items.Length);
        for (var person = 0; person < people.OwnPlaces.Rows; person++)
        {
            foreach (var p in people.OwnPlaces[person])
            {
                rows.AddDistinct(p);
            }

            foreach (var o in people.Employers[person])
            {
                foreach (var p in orgPlaces[o])
                {
                    rows.AddDistinct(p);
                }
            }

            rows.EndRow();
        }

        return rows.Build();
    }

    /// <summary>
    /// The money each participation brings: the contribution recorded on it (CORDIS's EC contribution) when
    /// there is one; otherwise an equal share of what is left of the project's funding once recorded
    /// contributions in its currency are taken off (ESIF records one grant per project). None when neither is known.
    /// </summary>
    private static (decimal[] Amounts, int[] Currencies) Attribute(Project[] projects, Csr orgProjects, List<Money?> recorded, List<string> currencies)
    {
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

        var residual = new decimal[projects.Length];
        var unrecorded = new int[projects.Length];
        for (var q = 0; q < projects.Length; q++)
        {
            residual[q] = projects[q].Funding?.Amount ?? 0;
        }

        for (var i = 0; i < orgProjects.Items.Length; i++)
        {
            var q = orgProjects.Items[i];
            if (recorded[i] is not { } money)
            {
                unrecorded[q]++;
            }
            else if (projects[q].Funding?.Currency == money.Currency)
            {
                residual[q] -= money.Amount;
            }
        }

        var amounts = new decimal[recorded.Count];
        var codes = new int[recorded.Count];
        for (var i = 0; i < orgProjects.Items.Length; i++)
        {
            var q = orgProjects.Items[i];
            if (recorded[i] is { } money)
            {
                (amounts[i], codes[i]) = (money.Amount, Currency(money.Currency));
            }
            else if (projects[q].Funding is { } funding && residual[q] > 0)
            {
                (amounts[i], codes[i]) = (residual[q] / unrecorded[q], Currency(funding.Currency));
            }
            else
            {
                codes[i] = -1;
            }
        }

        return (amounts, codes);
    }

    /// <summary>Each funder's share of a project: by the amounts on FUNDED_BY when all carry one in one currency, else equal.</summary>
    private static void AddFunderShares(List<Relationship> funders, List<double> shares)
    {
        var first = funders[0].Amount;
        var byAmount = funders.TrueForAll(f => f.Amount is not null && f.Amount.Currency == first?.Currency);
        var total = byAmount ? funders.Sum(f => f.Amount!.Amount) : 0;
        foreach (var funder in funders)
        {
            shares.Add(byAmount && total > 0 ? (double)(funder.Amount!.Amount / total) : 1.0 / funders.Count);
        }
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

        return [.. line];
    }

    /// <summary>The transpose of "child → parent", skipping roots.</summary>
    private static Csr ParentsToChildren(int[] parent)
    {
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
