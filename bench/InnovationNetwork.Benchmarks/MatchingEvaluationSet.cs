using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Seed;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.Search;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Inference;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Benchmarks;

/// <summary>A need of the evaluation: a 2015–2016 project's title and objective, and the UK participants the index knows.</summary>
public sealed record MatchingEvaluationNeed(string ProjectId, int Year, string Text, HashSet<string> Relevant, HashSet<string> RelevantBusinesses, int Participants);

/// <summary>
/// The time split: the graph and index hold the CORDIS projects that started before 2015 (FP7 projects
/// without a start date too, since FP7 ended in 2013) with their UK participants, plus the seed's places and
/// specialism tree; organisations get specialisms inferred from their text as any organisation without one
/// does. The needs are the projects that started in 2015 or 2016; the right answers are their UK
/// participants that existed in the index (an organisation new in 2015 cannot be found by any method).
/// </summary>
public sealed class MatchingEvaluationSet : IDisposable
{
    public static readonly DateOnly Split = new(2015, 1, 1);
    public static readonly Viewer Staff = new(ViewerRole.Staff);

    private MatchingEvaluationSet(InnovationGraph graph, LuceneIndex index, List<MatchingEvaluationNeed> needs, int inferred)
    {
        Graph = graph;
        Index = index;
        Needs = needs;
        InferredLinks = inferred;
    }

    public InnovationGraph Graph { get; }
    public LuceneIndex Index { get; }
    public List<MatchingEvaluationNeed> Needs { get; }
    public int InferredLinks { get; }

    public static MatchingEvaluationSet Build(string dataFolder, string seedFolder)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (projects, participations) = MatchingCordisData.Read(dataFolder);
        var read = clock.Elapsed;
        var indexed = projects.Where(p => p.Start is { } s ? s < Split : p.Programme == "FP7").ToDictionary(p => p.Id);
        var byProject = participations.GroupBy(p => p.ProjectId).ToDictionary(g => g.Key, g => g.ToList());

        var changes = new List<Change>();
        foreach (var change in SeedLoader.Load(seedFolder, new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero)))
        {
            if (change is PutNode { Node: Place or Specialism }
                || change is Link { Relationship.Type: RelationshipType.SUBSPECIALISM_OF }
                || change is Link { Relationship: { Type: RelationshipType.LOCATED_IN } r } && NodeLabels.FromId(r.From) == NodeLabel.Place)
            {
                changes.Add(change);
            }
        }

        var known = participations.Where(p => indexed.ContainsKey(p.ProjectId)).GroupBy(p => p.Pic).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (pic, rows) in known)
        {
            var kind = rows.GroupBy(r => r.ActivityType).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            changes.Add(new PutNode(new Organisation { Id = OrganisationId(pic), Name = rows[^1].Name, Kind = KindOf(kind) }));
        }

        foreach (var project in indexed.Values)
        {
            var id = "project-cordis-" + project.Id;
            changes.Add(new PutNode(new Project
            {
                Id = id, Title = project.Title, Acronym = project.Acronym, Abstract = project.Objective,
                StartDate = project.Start, EndDate = project.End, Programme = project.Programme,
            }));
            foreach (var pic in byProject.GetValueOrDefault(project.Id, []).Select(p => p.Pic).Distinct())
            {
                changes.Add(new Link(new Relationship(RelationshipType.PARTICIPATES_IN, OrganisationId(pic), id)));
            }
        }

        var graph = new InnovationGraph();
        graph.Apply(new ChangeBatch(1, DateTimeOffset.UnixEpoch, "cordis", changes));
        var built = clock.Elapsed;
        var index = new LuceneIndex(new SearchOptions { InMemory = true, CommitInterval = TimeSpan.FromHours(1) },
            SynonymMapLoader.Load(Path.Combine(seedFolder, SeedLoader.SynonymsFile)));
        index.OnLoaded(graph);
        var indexedAt = clock.Elapsed;

        // Item 4 of the issue: organisations without specialisms get those their text is about, marked inferred.
        // Infer only reads; the services (for writing links in the background) are never asked for here.
        var inference = new SpecialismInference(index, new ServiceCollection().BuildServiceProvider(), Options.Create(new SearchOptions()));
        var links = inference.Infer(graph, graph.All<Organisation>().Select(o => o.Id).Order(StringComparer.Ordinal).ToArray());
        var batch = new ChangeBatch(2, DateTimeOffset.UnixEpoch, "inference", links);
        graph.Apply(batch);
        index.OnApplied(batch, graph);
        var inferred = clock.Elapsed;
        Console.WriteLine($"Read the CSV files in {read.TotalSeconds:0.0} s, built the graph in {(built - read).TotalSeconds:0.0} s, "
            + $"indexed {index.DocumentCount:N0} documents in {(indexedAt - built).TotalSeconds:0.0} s, inferred specialisms in {(inferred - indexedAt).TotalSeconds:0.0} s.");

        var needs = new List<MatchingEvaluationNeed>();
        foreach (var project in projects.Where(p => p.Start is { Year: 2015 or 2016 }).OrderBy(p => p.Start).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            var rows = byProject.GetValueOrDefault(project.Id, []);
            var relevant = rows.Select(r => r.Pic).Where(known.ContainsKey).Select(OrganisationId).ToHashSet(StringComparer.Ordinal);
            var businesses = rows.Where(r => r.ActivityType == "PRC").Select(r => r.Pic).Where(known.ContainsKey).Select(OrganisationId)
                .Where(id => graph.Find<Organisation>(id)?.Kind == OrganisationKind.BUSINESS).ToHashSet(StringComparer.Ordinal);
            if (relevant.Count > 0)
            {
                needs.Add(new MatchingEvaluationNeed(project.Id, project.Start!.Value.Year, $"{project.Title}. {project.Objective}", relevant, businesses,
                    rows.Select(r => r.Pic).Distinct().Count()));
            }
        }

        return new MatchingEvaluationSet(graph, index, needs, links.Count);
    }

    public static string OrganisationId(string pic) => "org-pic-" + pic;

    private static OrganisationKind KindOf(string activityType) => activityType switch
    {
        "HES" => OrganisationKind.UNIVERSITY,
        "PRC" => OrganisationKind.BUSINESS,
        "REC" => OrganisationKind.RESEARCH_ORGANISATION,
        "PUB" => OrganisationKind.PUBLIC_BODY,
        _ => OrganisationKind.OTHER,
    };

    public void Dispose() => Index.Dispose();
}
