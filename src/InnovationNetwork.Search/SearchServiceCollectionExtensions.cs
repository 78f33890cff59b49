using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Core.Seed;
using InnovationNetwork.Search;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Inference;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// Microsoft.Extensions.DependencyInjection, as .NET's own Add… methods, so the host's Program.cs adds the
// one line services.AddInnovationNetworkSearch(configuration) without a using.
namespace Microsoft.Extensions.DependencyInjection;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Lucene index (one per process: the <see cref="ISearchIndex"/> and an
    /// <see cref="IGraphObserver"/> the GraphService keeps in step), matching with its weights from the
    /// "Matching" section, and the inference of specialisms for organisations that have none.
    /// The index lives under Search:IndexDirectory, else "index" under Store:DataDirectory.
    /// The container disposes the index at shutdown, which commits it.
    /// </summary>
    public static IServiceCollection AddInnovationNetworkSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.Section))
            .PostConfigure<IServiceProvider>((options, provider) => ResolvePaths(options, configuration, provider.GetService<IHostEnvironment>()))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<MatchingOptions>()
            .Bind(configuration.GetSection(MatchingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SearchOptions>>().Value;
            return new LuceneIndex(options, SynonymMapLoader.Load(options.SynonymsFile!), provider.GetService<IGraphStore>(),
                provider.GetService<ILogger<LuceneIndex>>());
        });
        services.AddSingleton<ISearchIndex>(provider => provider.GetRequiredService<LuceneIndex>());
        services.AddSingleton<IGraphObserver>(provider => provider.GetRequiredService<LuceneIndex>());

        services.AddSingleton(provider => provider.GetRequiredService<IOptions<MatchingOptions>>().Value);
        services.AddSingleton<NeedMatcher>();
        services.AddSingleton<PartnerSuggester>();
        services.AddSingleton<SimilarOrganisations>();

        services.AddSingleton<SpecialismInference>();
        services.AddSingleton<IGraphObserver>(provider => provider.GetRequiredService<SpecialismInference>());
        services.AddHostedService(provider => provider.GetRequiredService<SpecialismInference>());
        return services;
    }

    private static void ResolvePaths(SearchOptions options, IConfiguration configuration, IHostEnvironment? environment)
    {
        if (string.IsNullOrWhiteSpace(options.IndexDirectory) && !options.InMemory)
        {
            options.IndexDirectory = Path.Combine(configuration["Store:DataDirectory"] is { Length: > 0 } data ? data : "./data", "index");
        }

        if (string.IsNullOrWhiteSpace(options.SynonymsFile))
        {
            // The seed folder as the host finds it: configured, else walking up from the content root.
            var seed = configuration["Seed:Directory"] is { Length: > 0 } configured
                ? configured
                : SeedLoader.FindSeedDirectory(new[] { environment?.ContentRootPath, AppContext.BaseDirectory, Directory.GetCurrentDirectory() }.OfType<string>());
            options.SynonymsFile = Path.Combine(seed, SeedLoader.SynonymsFile);
        }
    }
}
