namespace InnovationNetwork.Core.Graph;

/// <summary>
/// Where a node's facts came from: <c>seed</c>, an import (<c>import:cordis</c>) or a registered user
/// (<c>user:{subject}</c>), with the time it was recorded, so curated facts can be told from self-declared ones.
/// </summary>
public sealed record Source(string Name, DateTimeOffset At);
