using System.Reflection;
using InnovationNetwork.Storage.Tests.Contract;
using Xunit.Sdk;

namespace InnovationNetwork.Storage.Tests.Neo4j;

/// <summary>
/// One theory row per test of <see cref="GraphStoreContract"/> (its <c>[Fact]</c> methods, found by reflection,
/// so a test added to the contract runs here too). When no Neo4j is configured the attribute's Skip is set,
/// and xunit 2 reports every row as skipped with that reason: the contract's tests are inherited
/// <c>[Fact]</c>s, whose skip cannot be decided at run time in xunit 2 (it has no dynamic skip), so they are
/// run through this theory rather than inherited by a discoverable class.
/// </summary>
[DataDiscoverer("Xunit.Sdk.DataDiscoverer", "xunit.core")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class Neo4jContractTestsAttribute : DataAttribute
{
    public Neo4jContractTestsAttribute()
    {
        Skip = Neo4jTestServer.SkipReason;
    }

    /// <summary>The contract's tests, by name, in declaration order of their files.</summary>
    public static IReadOnlyList<MethodInfo> ContractTests { get; } = typeof(GraphStoreContract)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Where(m => m.GetCustomAttribute<FactAttribute>() is not null)
        .OrderBy(m => m.Name, StringComparer.Ordinal)
        .ToList();

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => ContractTests.Select(m => new object[] { m.Name });
}
