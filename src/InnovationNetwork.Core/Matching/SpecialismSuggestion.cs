namespace InnovationNetwork.Core.Matching;

/// <summary>
/// A specialism a piece of text is about: its id, a confidence between 0 and 1, and the words or
/// phrases of the text that point to it.
/// </summary>
public sealed record SpecialismSuggestion(string SpecialismId, double Confidence, IReadOnlyList<string> Evidence);
