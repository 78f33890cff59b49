using System.Collections.Concurrent;
using InnovationNetwork.Core.Projects;
using Lucene.Net.Analysis;

namespace InnovationNetwork.Search.Indexing;

/// <summary>
/// Analysed text for one round of indexing (a rebuild, a catch-up, a batch), shared by the threads that
/// build documents. A project's text is analysed once however many participants' documents copy it, and
/// equal terms share one string, so a rebuild holds a few bytes per token rather than a string each.
/// </summary>
internal sealed class TextCache(Analyzer analyzer)
{
    private readonly ConcurrentDictionary<Project, AnalysedText> _headings = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Project, AnalysedText> _abstracts = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);

    public AnalysedText Analyse(string? text) => AnalysedText.Of(analyzer, text, _terms);

    /// <summary>A project's acronym, title and keywords.</summary>
    public AnalysedText Heading(Project p) => _headings.GetOrAdd(p, static (p, cache) => cache.Analyse(Heading(p, null)), this);

    public AnalysedText Abstract(Project p) => _abstracts.GetOrAdd(p, static (p, cache) => cache.Analyse(p.Abstract), this);

    /// <summary>The text of <see cref="Heading(Project)"/>, then the abstract when given.</summary>
    public static string Heading(Project p, string? withAbstract) =>
        string.Join(". ", new[] { p.Acronym, p.Title, string.Join(", ", p.Keywords), withAbstract }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
