namespace InnovationNetwork.Core.Organisations;

/// <summary>Size band by employees, as the UK defines SMEs: micro &lt;10, small &lt;50, medium &lt;250, large 250+.</summary>
public enum OrganisationSize
{
    MICRO,
    SMALL,
    MEDIUM,
    LARGE,
}
