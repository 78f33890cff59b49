namespace InnovationNetwork.Api.Hosting;

/// <summary>Whether this instance's graph has been loaded from the store; GraphStartup sets it once.</summary>
public sealed class GraphReadiness
{
    private volatile bool _loaded;

    public bool IsLoaded => _loaded;

    internal void MarkLoaded() => _loaded = true;
}
