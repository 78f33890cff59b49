namespace InnovationNetwork.Api.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder holding InnovationNetwork.sln) from the test's location.</summary>
public static class RepositoryRoot
{
    public static string Find([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(sourceFile)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "InnovationNetwork.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Cannot find the repository root (InnovationNetwork.sln) from the tests.");
    }
}
