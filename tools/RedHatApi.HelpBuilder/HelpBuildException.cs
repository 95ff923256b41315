using System;

namespace RedHatApi.HelpBuilder;

/// <summary>A help file that cannot be converted; the message names the file and line, as MSBuild shows errors.</summary>
internal sealed class HelpBuildException : Exception
{
    public HelpBuildException() { }

    public HelpBuildException(string message) : base(message) { }

    public HelpBuildException(string message, Exception inner) : base(message, inner) { }

    public HelpBuildException(string file, int line, string message)
        : base(file + "(" + (line + 1) + "): error RHAHELP: " + message) { }
}
