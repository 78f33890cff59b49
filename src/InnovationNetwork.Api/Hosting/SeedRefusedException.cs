namespace InnovationNetwork.Api.Hosting;

/// <summary>The seed files load but the graph's rules refuse them; the message names the first problem.</summary>
public sealed class SeedRefusedException(string message) : Exception(message);
