using GraphQL.Types;
using InnovationNetwork.Core.Matching;

namespace InnovationNetwork.GraphQL.Search;

public sealed class SearchableTypeType : EnumerationGraphType<SearchableType>
{
    public SearchableTypeType()
    {
        Name = "SearchableType";
        Description = "The kinds of record search finds: ORGANISATION, PERSON, CAPABILITY, PROJECT, CHALLENGE.";
    }
}

public sealed class CompletionKindType : EnumerationGraphType<CompletionKind>
{
    public CompletionKindType()
    {
        Name = "CompletionKind";
        Description = "What a completion names: a record of a searchable type, or a SPECIALISM.";
    }
}
