using System.Runtime.CompilerServices;

// The benchmarks time the index build and a cluster without the answer cache, which only internals reach.
[assembly: InternalsVisibleTo("InnovationNetwork.Benchmarks")]
