namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// LQ = (InPlace ÷ PlaceTotal) ÷ (Specialism ÷ Total): the specialism's share of the place against its share
/// of the whole dataset. Above 1 the place is more specialised than the dataset; null when either share is
/// undefined (a zero denominator), never NaN or infinity. The four inputs are kept so a reader can check it.
/// </summary>
public sealed record LocationQuotient(decimal InPlace, decimal PlaceTotal, decimal Specialism, decimal Total)
{
    public double? Value => PlaceTotal == 0 || Specialism == 0 ? null : Quotient();

    // One exact decimal fraction, (InPlace·Total) ÷ (PlaceTotal·Specialism), so (2/4) ÷ (2/6) is 1.5 and not
    // 1.4999999999999998; money large enough to overflow decimal falls back to doubles.
    private double Quotient()
    {
        try
        {
            return (double)(InPlace * Total / (PlaceTotal * Specialism));
        }
        catch (OverflowException)
        {
            return (double)InPlace / (double)PlaceTotal / ((double)Specialism / (double)Total);
        }
    }
}

/// <summary>The location quotient by organisations, by projects and by funding.</summary>
public sealed record LocationQuotients(LocationQuotient Organisations, LocationQuotient Projects, LocationQuotient Funding);
