using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Storage.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="Neo4jGraphStore"/>, bound from <paramref name="section"/> (normally "Store:Neo4j").
    /// Nothing is validated or contacted until the store is first asked for, so a host may register it
    /// unconditionally and choose it with one <c>if</c> on Store:Kind. The container owns the store (and with
    /// it the HTTP connections) and disposes it at shutdown.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);

        services.AddOptions<Neo4jStoreOptions>().Bind(section);
        services.AddSingleton<IValidateOptions<Neo4jStoreOptions>, Neo4jStoreOptionsValidator>();
        services.AddSingleton(provider => new Neo4jGraphStore(
            provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value,
            logger: provider.GetService<ILogger<Neo4jGraphStore>>()));
        return services;
    }
}
