namespace InnovationNetwork.Core.Imports.Synthetic;

/// <summary>
/// SplitMix64: a small, fast generator whose stream depends only on its seed, so the synthetic directory
/// is the same on every machine and .NET version (System.Random makes no such promise across versions).
/// Each entity gets its own stream from (seed, kind, index), so any entity can be made without the others.
/// </summary>
internal struct SyntheticRandom(ulong seed)
{
    private ulong _state = seed;

    public static SyntheticRandom For(int seed, int stream, long index) =>
        new(Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ ((ulong)(uint)stream << 48) ^ (ulong)index));

    public ulong Next() => Mix(_state += 0x9E3779B97F4A7C15UL);

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, max).</summary>
    public int Next(int max) => (int)(NextDouble() * max);

    public int Next(int min, int max) => min + Next(max - min);

    /// <summary>Skewed towards 0: an index below <paramref name="max"/> drawn as max·u^power (power 3 gives 1% of items 21% of draws).</summary>
    public int Skewed(int max, double power) => Math.Min(max - 1, (int)(max * Math.Pow(NextDouble(), power)));

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
