namespace InnovationNetwork.Core.Matching;

/// <summary>A name that completes what was typed: the text to show and the record it names.</summary>
public sealed record Completion(string Text, string Id, CompletionKind Kind);

/// <summary>What a completion names.</summary>
public enum CompletionKind
{
    ORGANISATION,
    PERSON,
    CAPABILITY,
    PROJECT,
    CHALLENGE,
    SPECIALISM,
}
