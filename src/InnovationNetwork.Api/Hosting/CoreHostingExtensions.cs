using InnovationNetwork.Core.Graph;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InnovationNetwork.Api.Hosting;

public static class CoreHostingExtensions
{
    /// <summary>
    /// Registers this instance's in-memory graph (<see cref="GraphService"/>, one per process, fed by the
    /// store registered with AddInnovationNetworkStore) and the start-up that loads and seeds it.
    /// Observers of the graph (the search index …) register as <see cref="IGraphObserver"/>.
    /// </summary>
    public static IHostApplicationBuilder AddInnovationNetworkCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SeedOptions>().Bind(builder.Configuration.GetSection(SeedOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<GraphService>();
        builder.Services.AddSingleton<GraphReadiness>();
        builder.Services.AddHostedService<GraphStartup>();
        return builder;
    }
}
