using GraphQL.Types;
using InnovationNetwork.Api.Tests.Infrastructure;
using InnovationNetwork.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Api.Tests.Schema;

/// <summary>
/// schema.graphql at the repository root is the reviewed snapshot of the schema: any change to the
/// printed SDL fails here until the file is updated (UPDATE_SCHEMA=1 dotnet test rewrites it).
/// </summary>
public sealed class SchemaFileTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void ThePrintedSchemaMatchesSchemaGraphqlAtTheRepositoryRoot()
    {
        var printed = factory.Services.GetRequiredService<ISchema>().PrintSchema();
        var file = Path.Combine(RepositoryRoot.Find(), "schema.graphql");

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(file, printed);
        }

        Assert.True(File.Exists(file), $"{file} is missing; run UPDATE_SCHEMA=1 dotnet test to write it.");
        var committed = File.ReadAllText(file);
        Assert.True(committed == printed,
            $"The schema changed ({FirstDifference(committed, printed)}). Review it, then run UPDATE_SCHEMA=1 dotnet test to update schema.graphql.");
    }

    private static string FirstDifference(string committed, string printed)
    {
        var a = committed.Split('\n');
        var b = printed.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end of file)";
            var right = i < b.Length ? b[i] : "(end of schema)";
            if (left != right)
            {
                return $"line {i + 1}: schema.graphql has '{left.Trim()}', the code prints '{right.Trim()}'";
            }
        }

        return "only line endings differ";
    }

    [Fact]
    public void EveryTypeAndFieldHasADescription()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (string.IsNullOrWhiteSpace(type.Description) && type is not ScalarGraphType)
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                missing.AddRange(complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{type.Name}.{f.Name}"));
            }
        }

        Assert.Empty(missing);
    }
}
