using GraphQL.Types;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Matching;

public sealed class SpecialismSuggestionType : ObjectGraphType<SpecialismSuggestion>
{
    public SpecialismSuggestionType()
    {
        Name = "SpecialismSuggestion";
        Description = "A specialism a text is about, with how sure the directory is and the words that point to it.";
        Field<NonNullGraphType<SpecialismType>>("specialism").Description("The specialism.").Resolve(ctx => ctx.Graph().Find<Specialism>(ctx.Source.SpecialismId));
        Field<NonNullGraphType<FloatGraphType>>("confidence")
            .Description("0 to 1: 1 − e^(−evidence/2), where each of the specialism's names or keywords (or their synonyms) found in the text adds evidence: a name 2, a keyword 1, more for longer phrases, less for phrases other specialisms share.")
            .Resolve(ctx => ctx.Source.Confidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("evidence").Description("The specialism's names and keywords found in the text.").Resolve(ctx => ctx.Source.Evidence);
    }
}

public sealed class CompletionType : ObjectGraphType<Completion>
{
    public CompletionType()
    {
        Name = "Completion";
        Description = "A name that completes what was typed.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The name to show and insert.").Resolve(ctx => ctx.Source.Text);
        Field<NonNullGraphType<Search.CompletionKindType>>("kind").Description("What it names.").Resolve(ctx => ctx.Source.Kind);
        Field<Nodes.NodeInterface>("node").Description("The record or specialism it names.").Resolve(ctx => ctx.Graph().Find(ctx.Source.Id));
    }
}
