namespace InnovationNetwork.Core.Imports.Cordis;

/// <summary>The valid rows of a CORDIS export, ready to plan; bad rows are in the problems instead.</summary>
public sealed record CordisData(
    IReadOnlyList<CordisProject> Projects,
    IReadOnlyList<CordisParticipation> Participations,
    int ProjectRows,
    int ParticipationRows);
