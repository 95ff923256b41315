using System;
using System.Linq;
using RedHatApi.Tests.Fixtures;
using Xunit;
using Xunit.Abstractions;

namespace RedHatApi.Tests.Pester;

/// <summary>
/// Every tests/Pester/*.Tests.ps1 file under the pinned real pwsh with the pinned Pester, against out/RedHatApi and
/// the sandbox. One case per file: a failure names the file, and its message names every failed test with Pester's
/// own message and line. The files are split over two classes, so that xunit runs two pwsh workers side by side.
/// </summary>
public static class PesterSuite
{
    // Far above any file's run time; only a hung test (a watch that never ends, a prompt) gets here.
    private static readonly TimeSpan PerFile = TimeSpan.FromMinutes(15);

    /// <summary>The files of one half: a new file is picked up without a code change.</summary>
    public static TheoryData<string> Half(int half) =>
        new(RealPwsh.TestFiles().Where((_, index) => index % 2 == half));

    /// <summary>The files that have tests tagged Live.</summary>
    public static TheoryData<string> LiveFiles() =>
        new(RealPwsh.TestFiles().Where(f => RealPwsh.HasTag(f, "Live")));

    public static void AssertPasses(PesterWorker worker, ITestOutputHelper output, string file, string tag)
    {
        var result = worker.Run(file, [tag], PerFile);
        output.WriteLine(result.Output);
        Assert.True(result.Succeeded, result.Describe());
    }
}

/// <summary>The first half of the Pester files (by name, every other one), tag Unit.</summary>
public sealed class PesterSuiteFirstHalfTests(PesterWorker worker, ITestOutputHelper output) : IClassFixture<PesterWorker>
{
    public static TheoryData<string> Files => PesterSuite.Half(0);

    [PesterTheory]
    [MemberData(nameof(Files))]
    public void Unit_tests_pass_in_real_pwsh(string file) => PesterSuite.AssertPasses(worker, output, file, "Unit");
}

/// <summary>The second half of the Pester files, tag Unit.</summary>
public sealed class PesterSuiteSecondHalfTests(PesterWorker worker, ITestOutputHelper output) : IClassFixture<PesterWorker>
{
    public static TheoryData<string> Files => PesterSuite.Half(1);

    [PesterTheory]
    [MemberData(nameof(Files))]
    public void Unit_tests_pass_in_real_pwsh(string file) => PesterSuite.AssertPasses(worker, output, file, "Unit");
}

/// <summary>The Pester tests tagged Live: they call Red Hat's APIs, so they run only with a real offline token.</summary>
public sealed class PesterLiveTests(PesterWorker worker, ITestOutputHelper output) : IClassFixture<PesterWorker>
{
    public static TheoryData<string> Files => PesterSuite.LiveFiles();

    [LivePesterTheory]
    [MemberData(nameof(Files))]
    public void Live_tests_pass_against_Red_Hat(string file) => PesterSuite.AssertPasses(worker, output, file, "Live");
}

/// <summary>A theory that is skipped, with the reason shown, when pwsh or Pester cannot be had here (never on CI).</summary>
public sealed class PesterTheoryAttribute : TheoryAttribute
{
    public PesterTheoryAttribute()
    {
        if (RealPwsh.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory for the Live Pester tests: skipped, with the reason, without REDHAT_OFFLINE_TOKEN.</summary>
public sealed class LivePesterTheoryAttribute : TheoryAttribute
{
    public LivePesterTheoryAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("REDHAT_OFFLINE_TOKEN")))
        {
            Skip = "Live Pester tests call Red Hat's APIs: set REDHAT_OFFLINE_TOKEN to an offline token (https://access.redhat.com/management/api) to run them.";
        }
        else if (RealPwsh.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
