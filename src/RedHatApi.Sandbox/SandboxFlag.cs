using System;
using System.Globalization;

namespace RedHatApi.Sandbox;

/// <summary>
/// One command-line flag of a family: <c>--name</c> with an optional value, its help line, and what it sets.
/// Parse failures (FormatException, OverflowException, ArgumentException) end the sandbox with exit code 2.
/// </summary>
/// <param name="Name">The flag with its dashes, as typed: <c>--cluster-flavor</c>.</param>
/// <param name="Value">The value's placeholder in help (<c>&lt;s&gt;</c>, <c>0..1</c>), or null for a switch.</param>
/// <param name="Description">One line of help.</param>
/// <param name="Apply">Sets the options from the value (an empty string for a switch).</param>
public sealed record SandboxFlag(string Name, string? Value, string Description, Action<SandboxOptions, string> Apply)
{
    /// <summary>A flag without a value.</summary>
    public static SandboxFlag Switch(string name, string description, Action<SandboxOptions> apply) =>
        new(name, null, description, (options, _) => apply(options));

    /// <summary>A whole number (ports, counts, milliseconds) in invariant culture.</summary>
    public static int Count(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    /// <summary>A 64-bit whole number (bytes, seconds) in invariant culture.</summary>
    public static long WholeNumber(string value) => long.Parse(value, CultureInfo.InvariantCulture);

    /// <summary>A number (rates, seconds) in invariant culture.</summary>
    public static double Number(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    /// <summary>An enum member by name, case-insensitive.</summary>
    public static T Enum<T>(string value)
        where T : struct, System.Enum => System.Enum.Parse<T>(value, ignoreCase: true);

    /// <summary>The flag as help shows it: <c>--port &lt;n&gt;</c>.</summary>
    public string Usage => Value is null ? Name : Name + " " + Value;
}
