namespace InnovationNetwork.Core.Graph;

/// <summary>An amount of money in an ISO 4217 currency (CORDIS amounts are EUR, ESIF amounts GBP).</summary>
public sealed record Money(decimal Amount, string Currency);
