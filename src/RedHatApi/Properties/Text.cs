using System.Globalization;

namespace RedHatApi.Properties;

/// <summary>Formats resource strings with the current UI culture, so placeholders never depend on the OS locale by accident.</summary>
internal static class Text
{
    internal static string Format(string format, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, format, args);
}
