using System.Runtime.CompilerServices;

// The tests check the health checks and start-up pieces on their own, as well as through HTTP.
[assembly: InternalsVisibleTo("InnovationNetwork.Api.Tests")]
