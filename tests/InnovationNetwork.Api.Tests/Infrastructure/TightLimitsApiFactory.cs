namespace InnovationNetwork.Api.Tests.Infrastructure;

/// <summary>The app with limits small enough that a short query crosses them.</summary>
public sealed class TightLimitsApiFactory : ApiFactory
{
    public const int MaxDepth = 3;
    public const int MaxComplexity = 5;
    public const int MaxRequestBytes = 1024;

    public TightLimitsApiFactory()
    {
        Settings["GraphQL:MaxDepth"] = MaxDepth.ToString();
        Settings["GraphQL:MaxComplexity"] = MaxComplexity.ToString();
        Settings["GraphQL:MaxRequestBytes"] = MaxRequestBytes.ToString();
    }
}
