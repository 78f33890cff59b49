using System.Diagnostics;

namespace InnovationNetwork.Api.Tests.Replication;

/// <summary>Polls a condition until it holds or a deadline passes: no fixed sleeps, and a failure that says what never happened.</summary>
public static class Eventually
{
    public static async Task<TimeSpan> HoldsAsync(Func<Task<bool>> condition, TimeSpan deadline, string what, TimeSpan? every = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return clock.Elapsed;
            }

            if (clock.Elapsed > deadline)
            {
                Assert.Fail($"Within {deadline.TotalSeconds:0.#} s, expected: {what}.");
            }

            await Task.Delay(every ?? TimeSpan.FromMilliseconds(20));
        }
    }
}
